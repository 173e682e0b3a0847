package org.newsrelay.platform;

import io.micrometer.core.instrument.Counter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Failed sign-ins, by the credential given, and attempts the throttle refused unchecked. */
@ApplicationScoped
public class SignInMeters {
  @Inject Metrics metrics;

  private Counter wrongPassword;
  private Counter unknownKey;
  private Counter throttled;

  /** Registered with the application, so that every meter is there from the first scrape. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @PostConstruct
  void register() {
    String failures = "newsrelay_signin_failures";
    String help = "Sign-ins refused for a wrong password or an unknown or revoked API key";
    wrongPassword = metrics.counter(failures, help, "credential", "password");
    unknownKey = metrics.counter(failures, help, "credential", "api_key");
    throttled =
        metrics.counter(
            "newsrelay_signin_throttled",
            "Sign-ins refused with 429 before their password was checked, the account or address"
                + " being locked (SignInThrottle)");
  }

  void wrongPassword() {
    wrongPassword.increment();
  }

  /** A Bearer key that names no live key. */
  public void unknownKey() {
    unknownKey.increment();
  }

  void throttled() {
    throttled.increment();
  }
}
