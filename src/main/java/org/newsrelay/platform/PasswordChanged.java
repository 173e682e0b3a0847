package org.newsrelay.platform;

/**
 * An account's password changed, or the account is gone: every sign-in made with the old password
 * ends (console sessions observe it in the same transaction; remembered logins no longer match).
 */
public record PasswordChanged(String username) {}
