package org.newsrelay.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

/**
 * newsrelay's own meters, in the registry of WildFly's micrometer subsystem, which serves them
 * beside WildFly's at the management port's /metrics as Prometheus text
 * (wildfly-config/70-metrics.cli). Every name starts {@code newsrelay_}, and Prometheus adds the
 * unit or {@code _total}; docs/operations.md lists each with what it means and an alert worth
 * setting.
 *
 * <p>Domains make their meters here once and keep them. A figure that must be read from the
 * database is a {@link Reading}: {@link MetricsClock} refreshes it every few seconds while someone
 * scrapes, so that a scrape only ever reads memory and never waits on the database.
 */
@ApplicationScoped
public class Metrics {
  static final String PREFIX = "newsrelay_";

  /** The tag by which WildFly knows an application's meters (and removes them at undeployment). */
  static final String DEPLOYMENT_TAG = "WF_DEPLOYMENT";

  /**
   * Histogram buckets for a story's waits (ingest's 202 to stored, a WebSub delivery's lag): from a
   * tenth of a second, where a healthy server answers, to a day, where a partner's callback that
   * was down for hours catches up. One list, so that the two can be read side by side.
   */
  public static final List<Duration> WAITS =
      List.of(
          Duration.ofMillis(100),
          Duration.ofMillis(250),
          Duration.ofMillis(500),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(6),
          Duration.ofHours(24));

  private static final Logger LOG = Logger.getLogger(Metrics.class.getName());

  @Inject MeterRegistry registry;

  /** Where meters are registered: the exported registry, with the tags that mark them ours. */
  private MeterRegistry target;

  private Tags common = Tags.empty();
  private final List<Meter> registered = new CopyOnWriteArrayList<>();
  private final List<Reading<?>> readings = new CopyOnWriteArrayList<>();

  public Metrics() {}

  private Metrics(MeterRegistry registry) {
    this.registry = registry;
    this.target = registry;
  }

  /** Meters that nobody exports: for unit tests, and code that runs outside the server. */
  public static Metrics inMemory() {
    return new Metrics(new SimpleMeterRegistry());
  }

  /**
   * WildFly 39 gives the application a registry that exports only the meters its shortcuts make
   * ({@code counter(name, tags)}, {@code timer(name, tags)}); a meter made by a builder, with a
   * description or a histogram's buckets, stays in a registry of its own that nothing exports
   * (WFLY-21339, mended after 39). So meters go to the registry it stands for, with the deployment
   * tag its shortcuts add, by which WildFly removes them when the application is undeployed ({@link
   * #close} does too). Without such a registry (a later WildFly, the tests) they register where
   * they are given.
   */
  @PostConstruct
  void open() {
    target = registry;
    try {
      Class<?> type = registry.getClass();
      Field parent = type.getDeclaredField("parentRegistry");
      Field deployment = type.getDeclaredField("deploymentName");
      parent.setAccessible(true);
      deployment.setAccessible(true);
      MeterRegistry exported = (MeterRegistry) parent.get(registry);
      common = Tags.of(DEPLOYMENT_TAG, (String) deployment.get(registry));
      target = exported;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.fine("newsrelay's meters register in the registry given: " + e);
    }
  }

  @PreDestroy
  void close() {
    if (target != registry) {
      registered.forEach(target::remove);
    }
  }

  /** The registry meters are in, for reading them back (tests). */
  public MeterRegistry registry() {
    return target;
  }

  public Counter counter(String name, String help, String... tags) {
    return kept(
        Counter.builder(checked(name)).description(help).tags(common).tags(tags).register(target));
  }

  /**
   * A timer published as a Prometheus histogram with these bucket bounds (its {@code _bucket},
   * {@code _count} and {@code _sum}, in seconds), so that quantiles can be computed across nodes.
   */
  public Timer histogram(String name, String help, List<Duration> buckets, String... tags) {
    return kept(
        Timer.builder(checked(name))
            .description(help)
            .serviceLevelObjectives(buckets.toArray(Duration[]::new))
            .tags(common)
            .tags(tags)
            .register(target));
  }

  /** A gauge over something in memory, read at each scrape: it must be cheap and never block. */
  public <T> void memoryGauge(String name, String help, T of, ToDoubleFunction<T> value) {
    kept(
        Gauge.builder(checked(name), of, value)
            .description(help)
            .tags(common)
            .strongReference(true)
            .register(target));
  }

  /** A gauge over a reading: not a number (no sample) while the reading is missing or stale. */
  public <T> void gauge(
      String name, String help, Reading<T> reading, ToDoubleFunction<T> value, String... tags) {
    kept(
        Gauge.builder(
                checked(name), reading, r -> r.value().map(value::applyAsDouble).orElse(Double.NaN))
            .description(help)
            .tags(common)
            .tags(tags)
            .strongReference(true)
            .register(target));
  }

  /**
   * Gauges of one name whose label sets come and go with the data (per subscription, say); rows
   * left at undeployment go with the deployment tag.
   */
  public MultiGauge gauges(String name, String help) {
    return MultiGauge.builder(checked(name)).description(help).tags(common).register(target);
  }

  /**
   * A figure read from the database for gauges, refreshed by {@link MetricsClock}; the reader must
   * bound its own statements ({@link StatementTimeouts#reading}).
   */
  public <T> Reading<T> reading(String what, Supplier<T> read) {
    Reading<T> reading = new Reading<>(what, read, System::nanoTime);
    readings.add(reading);
    return reading;
  }

  /** Reads again every figure that was scraped lately. */
  void refreshReadings() {
    readings.forEach(Reading::refresh);
  }

  private <M extends Meter> M kept(M meter) {
    registered.add(meter);
    return meter;
  }

  private static String checked(String name) {
    if (!name.startsWith(PREFIX)) {
      throw new IllegalArgumentException("newsrelay's meters are named newsrelay_*: " + name);
    }
    return name;
  }
}
