package org.newsrelay.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.newsrelay.platform.ApiAuthentication;
import org.newsrelay.platform.Roles;
import org.newsrelay.platform.SignInMeters;

/**
 * Checks partners' API keys. A partner signs in as "partner:&lt;id&gt;" with the role partner, and
 * wire too when it may push: so its pushes land in its own origin, whichever key it used.
 */
@ApplicationScoped
public class PartnerIdentityStore implements IdentityStore {
  @Inject PartnerKeys keys;
  @Inject SignInMeters meters;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiAuthentication.BearerCredential bearer)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<PartnerCaller> caller = keys.identify(bearer.key());
    if (caller.isEmpty()) {
      meters.unknownKey();
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> roles = new HashSet<>();
    roles.add(Roles.PARTNER);
    if (caller.get().partnerRoles().contains(Partner.WIRE)) {
      roles.add(Roles.WIRE);
    }
    return new CredentialValidationResult(caller.get().principalName(), roles);
  }
}
