package org.newsrelay.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.newsrelay.platform.PasswordChanged;
import org.newsrelay.platform.SessionAuthentication;
import org.newsrelay.platform.Settings;
import org.newsrelay.platform.User;

/**
 * Console sign-in: a session cookie (HttpOnly, SameSite=Strict, Secure behind https) whose token is
 * kept only as a SHA-256 hash, in the database so that any node of a cluster knows it. Requests
 * that change something with the session must carry its CSRF token in {@value #CSRF_HEADER}; API
 * clients with HTTP Basic need none (a browser never adds Basic credentials on its own here).
 */
@ApplicationScoped
public class ConsoleSessions implements SessionAuthentication {
  private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());
  public static final String COOKIE = "newsrelay_console";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_REFUSED = "org.newsrelay.console.csrf-refused";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Duration IDLE = Duration.ofHours(2);
  private static final Duration SEEN_EVERY = Duration.ofMinutes(5);

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject IdentityStoreHandler identityStores;

  /** Who is signed in and the token their console sends with every change. */
  public record SignedIn(String username, Set<String> roles, String csrfToken) {}

  /** A new session: the cookie's token (never stored) and who it is for. */
  record Opened(String token, SignedIn who, Duration lifetime) {}

  static Duration lifetime() {
    return Settings.current().consoleSession();
  }

  /** Checks the password as HTTP Basic would and opens a session; empty when it is wrong. */
  @Transactional
  public Optional<Opened> open(String username, String password) {
    if (username == null || password == null || username.isBlank() || password.isEmpty()) {
      return Optional.empty();
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.info(() -> "Console sign-in refused for " + username.replaceAll("[^\\w.@-]", "?"));
      return Optional.empty();
    }
    String token = randomToken();
    String csrf = randomToken();
    Duration lifetime = lifetime();
    em.persist(new ConsoleSession(hash(token), username, csrf, Instant.now().plus(lifetime)));
    return Optional.of(
        new Opened(token, new SignedIn(username, result.getCallerGroups(), csrf), lifetime));
  }

  /** The signed-in person of a request's cookie, if the session is alive and the user still is. */
  @Transactional
  public Optional<SignedIn> of(HttpServletRequest request) {
    String token = cookie(request);
    if (token == null) {
      return Optional.empty();
    }
    ConsoleSession session = em.find(ConsoleSession.class, hash(token));
    Instant now = Instant.now();
    if (session == null
        || !session.expiresAt().isAfter(now)
        || session.lastSeenAt().plus(IDLE).isBefore(now)) {
      return Optional.empty();
    }
    User user = em.find(User.class, session.username());
    if (user == null) {
      return Optional.empty();
    }
    if (session.lastSeenAt().plus(SEEN_EVERY).isBefore(now)) {
      session.seen(now);
    }
    return Optional.of(new SignedIn(user.username(), user.roles(), session.csrfToken()));
  }

  /**
   * Called by the HTTP authentication mechanism for requests without an Authorization header: the
   * session's user is logged in for this request, unless a change comes without its CSRF token.
   */
  @Override
  @Transactional
  public AuthenticationStatus authenticate(HttpServletRequest request, HttpMessageContext context) {
    if (cookie(request) == null) {
      return context.doNothing();
    }
    Optional<SignedIn> who = of(request);
    if (who.isEmpty()) {
      return context.doNothing();
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !sameToken(request.getHeader(CSRF_HEADER), who.get().csrfToken())) {
      request.setAttribute(CSRF_REFUSED, Boolean.TRUE);
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(who.get().username(), who.get().roles());
  }

  /** A changed password ends every console session of the account, on every node. */
  void passwordChanged(@Observes PasswordChanged change) {
    em.createQuery("delete from ConsoleSession s where s.username = :name")
        .setParameter("name", change.username())
        .executeUpdate();
  }

  @Transactional
  public void close(HttpServletRequest request) {
    String token = cookie(request);
    if (token != null) {
      ConsoleSession session = em.find(ConsoleSession.class, hash(token));
      if (session != null) {
        em.remove(session);
      }
    }
    em.createQuery("delete from ConsoleSession s where s.expiresAt < :now")
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /** The Set-Cookie value; Secure when the request came over https (directly or via a proxy). */
  static String setCookie(HttpServletRequest request, String token, Duration maxAge) {
    boolean secure =
        request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    return COOKIE
        + "="
        + token
        + "; Path=/; Max-Age="
        + maxAge.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())
          && cookie.getValue() != null
          && cookie.getValue().length() == 43) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private static boolean sameToken(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
