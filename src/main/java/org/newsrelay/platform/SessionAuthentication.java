package org.newsrelay.platform;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs in a request that carries no Authorization header, by a session the caller opened before
 * (the console's cookie). The platform owns the question and the console answers it ({@code
 * console.ConsoleSessions}), so that the platform depends on no domain.
 */
public interface SessionAuthentication {
  /** The session's user logged in for this request, or {@code context.doNothing()}. */
  AuthenticationStatus authenticate(HttpServletRequest request, HttpMessageContext context);
}
