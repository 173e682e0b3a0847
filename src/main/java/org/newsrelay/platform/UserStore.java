package org.newsrelay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/** People live in the database; passwords are kept as PBKDF2 hashes only. */
@ApplicationScoped
public class UserStore implements IdentityStore {
  @PersistenceContext EntityManager em;

  @Inject Pbkdf2PasswordHash hashing;

  // A deliberately slow hash on every request would cap a wire's pushes at a few per second.
  private final RecentLogins recentLogins = new RecentLogins();

  void configureHashing() {
    hashing.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String key = recentLogins.keyFor(login.getCaller(), login.getPassword().getValue());
    Set<String> roles =
        recentLogins.rolesFor(
            key,
            () -> {
              User user = em.find(User.class, login.getCaller());
              return user != null
                      && hashing.verify(login.getPassword().getValue(), user.passwordHash())
                  ? user.roles()
                  : null;
            });
    return roles == null
        ? CredentialValidationResult.INVALID_RESULT
        : new CredentialValidationResult(login.getCaller(), roles);
  }

  /** A PBKDF2 hash of a new password, for {@link UserAccounts}. */
  String hash(char[] password) {
    configureHashing();
    return hashing.generate(password);
  }

  /** Forgets cached logins, so that a changed password or role, or a removal, counts at once. */
  void forgetRecentLogins() {
    recentLogins.forgetAll();
  }

  @Transactional
  public boolean exists(String username) {
    return em.find(User.class, username) != null;
  }

  @Transactional
  public void create(String username, char[] password, Set<String> roles) {
    configureHashing();
    em.persist(new User(username, hashing.generate(password), roles));
  }
}
