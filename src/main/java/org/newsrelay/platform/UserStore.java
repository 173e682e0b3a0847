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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** People live in the database; passwords are kept as PBKDF2 hashes only. */
@ApplicationScoped
public class UserStore implements IdentityStore {
  @PersistenceContext EntityManager em;

  @Inject Pbkdf2PasswordHash hashing;
  @Inject SignInMeters meters;

  // The request being signed in, for the client's address.
  @Inject HttpServletRequest request;

  // A deliberately slow hash on every request would cap a wire's pushes at a few per second.
  private final RecentLogins recentLogins = new RecentLogins();
  private final SignInThrottle throttle = SignInThrottle.standard();
  private volatile String noSuchUser;

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
    String username = login.getCaller();
    char[] password = login.getPassword().getValue();
    String address = request.getRemoteAddr();
    String key = recentLogins.keyFor(username, password, address);
    String remembered = recentLogins.remembered(key);
    if (remembered != null) {
      User user = em.find(User.class, username);
      if (user != null && user.passwordHash().equals(remembered)) {
        return new CredentialValidationResult(username, user.roles());
      }
    }
    Verdict verdict =
        recentLogins.verifyOnce(
            key, () -> verify(username, password, address), Verdict::passwordHash);
    if (verdict.retryAfter() != null) {
      request.setAttribute(SignInThrottle.RETRY_AFTER, verdict.retryAfter());
      return CredentialValidationResult.INVALID_RESULT;
    }
    return verdict.user() == null
        ? CredentialValidationResult.INVALID_RESULT
        : new CredentialValidationResult(username, verdict.user().roles());
  }

  /** A password check: the account it proved, or nothing, or how long the throttle says to wait. */
  private record Verdict(User user, Duration retryAfter) {
    String passwordHash() {
      return user == null ? null : user.passwordHash();
    }
  }

  private Verdict verify(String username, char[] password, String address) {
    SignInThrottle.Admission admission = throttle.admit(username, address);
    if (admission instanceof SignInThrottle.Refused refused) {
      meters.throttled();
      return new Verdict(null, refused.retryAfter());
    }
    SignInThrottle.Admitted attempt = (SignInThrottle.Admitted) admission;
    boolean valid = false;
    try {
      User user = em.find(User.class, username);
      // An unknown name costs the same hash as a known one: the time taken tells no names.
      valid =
          hashing.verify(password, user == null ? noSuchUser() : user.passwordHash())
              && user != null;
      return valid ? new Verdict(user, null) : new Verdict(null, null);
    } finally {
      if (valid) {
        attempt.succeeded();
      } else {
        attempt.failed();
        meters.wrongPassword();
      }
    }
  }

  /** A hash of no one's password, with the same parameters, to verify unknown names against. */
  private String noSuchUser() {
    String hash = noSuchUser;
    if (hash == null) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      hash = hash(Base64.getEncoder().encodeToString(random).toCharArray());
      noSuchUser = hash;
    }
    return hash;
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
  public boolean any() {
    return !em.createQuery("select u.username from User u", String.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public void create(String username, char[] password, Set<String> roles) {
    configureHashing();
    em.persist(new User(username, hashing.generate(password), roles));
  }
}
