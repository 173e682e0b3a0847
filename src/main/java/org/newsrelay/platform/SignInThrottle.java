package org.newsrelay.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Slows password guessing down, per account and per client address: a few wrong passwords are free,
 * then each further one locks the account (or the address) for twice as long as the last, up to a
 * cap. A locked attempt is refused before its password is hashed, so a guesser cannot burn the CPU,
 * and it is refused whether the password is right or wrong, so the lock is no oracle. Accounts are
 * counted by the name given, whether or not it exists, so unknown names get exactly the answers
 * known ones get.
 *
 * <p>The counts live in this node's memory, bounded in size (the least recently seen are forgotten
 * first): a cluster of N nodes lets a guesser at most N times as many attempts, which is still a
 * handful an hour. Correctness never depends on them; they only make guessing slow.
 */
public final class SignInThrottle {
  static final String RETRY_AFTER = SignInThrottle.class.getName() + ".retry-after";

  /**
   * How many failures are free, how long the first lock is and the longest, when all is forgotten.
   */
  record Limits(int freeFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) {}

  static final Limits ACCOUNTS =
      new Limits(
          Settings.current().signinAccountFailures(),
          Duration.ofSeconds(1),
          Duration.ofMinutes(15),
          Duration.ofHours(1));

  // An office behind one NAT address shares this count, so it is more forgiving than an account's.
  static final Limits ADDRESSES =
      new Limits(
          Settings.current().signinAddressFailures(),
          Duration.ofSeconds(1),
          Duration.ofMinutes(15),
          Duration.ofHours(1));

  static final int MAX_TRACKED = 10_000;

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?");

  /** What the throttle says to an attempt: go ahead and report how it ended, or wait. */
  sealed interface Admission permits Admitted, Refused {}

  /** Locked: refused before the password is looked at. */
  record Refused(Duration retryAfter) implements Admission {}

  /** Let through to the password check, which must say how it ended. */
  non-sealed interface Admitted extends Admission {
    void succeeded();

    void failed();
  }

  /** Failures of one account or address, and the attempts being checked right now. */
  private static final class Count {
    int failures;
    int checking;
    long lastFailureNanos;
    long lockedUntilNanos;
  }

  private final Tracker accounts;
  private final Tracker addresses;
  private final LongSupplier nanoClock;

  SignInThrottle(Limits accounts, Limits addresses, int maxTracked, LongSupplier nanoClock) {
    this.accounts = new Tracker(accounts, maxTracked);
    this.addresses = new Tracker(addresses, maxTracked);
    this.nanoClock = nanoClock;
  }

  static SignInThrottle standard() {
    return new SignInThrottle(ACCOUNTS, ADDRESSES, MAX_TRACKED, System::nanoTime);
  }

  /**
   * Lets an attempt go on to the password check, or says how long to wait.
   *
   * @param address the client's IP address as the connection gives it
   */
  Admission admit(String username, String address) {
    long now = nanoClock.getAsLong();
    String account = accountKey(username);
    String client = addressKey(address);
    long accountWait = accounts.reserve(account, now);
    if (accountWait > 0) {
      return new Refused(Duration.ofNanos(accountWait));
    }
    long addressWait = addresses.reserve(client, now);
    if (addressWait > 0) {
      accounts.release(account);
      return new Refused(Duration.ofNanos(addressWait));
    }
    return new Admitted() {
      @Override
      public void succeeded() {
        // The account's own failures are forgiven; the address's are not, or a guesser with an
        // account of their own could wipe the count between guesses at others.
        accounts.forget(account);
        addresses.release(client);
      }

      @Override
      public void failed() {
        long at = nanoClock.getAsLong();
        accounts.fail(account, at);
        addresses.fail(client, at);
      }
    };
  }

  /** Names are lower-case; a long one is cut, so keys stay small whatever is sent. */
  static String accountKey(String username) {
    String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  /** IPv4 addresses one by one; IPv6 by /64, the block one subscriber usually holds. */
  static String addressKey(String address) {
    if (address == null) {
      return "?";
    }
    String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
    // Only a numeric literal, as the connection gives it, so that no name is ever looked up.
    if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
      return "?";
    }
    try {
      byte[] bytes = InetAddress.getByName(literal).getAddress();
      if (bytes.length == 16) {
        return "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8));
      }
      return "v4:" + Arrays.toString(bytes);
    } catch (UnknownHostException | SecurityException e) {
      return "?";
    }
  }

  /** How long this request's sign-in is still locked, if it was; set by the identity store. */
  public static Optional<Duration> lockedFor(HttpServletRequest request) {
    return request.getAttribute(RETRY_AFTER) instanceof Duration wait
        ? Optional.of(wait)
        : Optional.empty();
  }

  /** The wait in whole seconds, rounded up, at least one: for {@code Retry-After}. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Counts per key, in a map that forgets the least recently seen key beyond its size. */
  private static final class Tracker {
    private final Limits limits;
    private final Map<String, Count> counts;

    Tracker(Limits limits, int maxTracked) {
      this.limits = limits;
      this.counts =
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
              return size() > maxTracked;
            }
          };
    }

    /**
     * @return 0 when the attempt may be checked (and is now counted as being checked), else how
     *     many nanoseconds to wait
     */
    synchronized long reserve(String key, long now) {
      Count count = counts.get(key);
      if (count == null) {
        count = new Count();
        counts.put(key, count);
      }
      if (count.failures > 0
          && count.checking == 0
          && now - count.lastFailureNanos > limits.forgetAfter().toNanos()) {
        count.failures = 0;
      }
      if (now - count.lockedUntilNanos < 0) {
        return count.lockedUntilNanos - now;
      }
      // Attempts being checked count as failures-to-be, so a burst sent at once is held to the
      // same number of checks as one sent slowly; once locked, one attempt at a time.
      int allowed = Math.max(1, limits.freeFailures() - count.failures);
      if (count.checking >= allowed) {
        return limits.firstLock().toNanos();
      }
      count.checking++;
      return 0;
    }

    synchronized void release(String key) {
      Count count = counts.get(key);
      if (count != null && count.checking > 0) {
        count.checking--;
      }
    }

    synchronized void forget(String key) {
      Count count = counts.get(key);
      if (count != null) {
        count.checking = Math.max(0, count.checking - 1);
        count.failures = 0;
        count.lockedUntilNanos = 0;
        if (count.checking == 0) {
          counts.remove(key);
        }
      }
    }

    synchronized void fail(String key, long now) {
      Count count = counts.computeIfAbsent(key, k -> new Count());
      count.checking = Math.max(0, count.checking - 1);
      count.failures++;
      count.lastFailureNanos = now;
      int beyond = count.failures - limits.freeFailures();
      if (beyond >= 0) {
        long lock = limits.firstLock().toNanos() << Math.min(beyond, 30);
        count.lockedUntilNanos = now + Math.min(lock, limits.longestLock().toNanos());
      }
    }

    synchronized int size() {
      return counts.size();
    }
  }

  int trackedAccounts() {
    return accounts.size();
  }

  int trackedAddresses() {
    return addresses.size();
  }
}
