package org.newsrelay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for people and tools, {@code Authorization: Bearer <api key>} for partners. Requests
 * without credentials go on anonymously (feeds are public; {@link RoleCheck} answers 401 where a
 * role is needed); wrong credentials end here with a 401 problem.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {
  static final String BAD_CREDENTIALS = "org.newsrelay.bad-credentials";
  static final String CHALLENGE = "Basic realm=\"newsrelay\", charset=\"UTF-8\"";

  @Inject IdentityStoreHandler identityStores;
  @Inject SessionAuthentication sessions;

  /** Request attribute: the database did not answer while the caller was being identified. */
  static final String DATABASE_UNAVAILABLE = ApiAuthentication.class.getName() + ".database";

  /** A partner's API key; the partner package's identity store checks it. */
  public record BearerCredential(String key) implements Credential {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, context);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        throw e;
      }
      // A stalled database while checking who is calling: a 503 problem from RoleCheck, not the
      // container's HTML error page.
      request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
      return context.doNothing();
    }
  }

  private AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return sessions.authenticate(request, context);
    }
    Credential credential = basicCredential(authorization);
    if (credential == null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      credential = new BearerCredential(authorization.substring(7).trim());
    }
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    }
    return refuse(request, context);
  }

  private static UsernamePasswordCredential basicCredential(String authorization) {
    if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  /**
   * Wrong credentials are refused by {@link RoleCheck}, which can answer with a problem body; the
   * container's own refusal would be an HTML error page.
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context) {
    request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
    return context.doNothing();
  }
}
