package org.newsrelay.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The warnings the server under test logged last, for a failure's message: CI shows the failures'
 * messages, not the server's log, and a wait that timed out says nothing of why.
 */
public final class ServerLog {
  private static final int LINES = 12;
  private static final int WIDTH = 400;

  private ServerLog() {}

  /** The last warnings and errors of the suite's server, one line each; empty if none is found. */
  public static String recentProblems() {
    Optional<Path> log = newest();
    if (log.isEmpty()) {
      return "";
    }
    Deque<String> last = new ArrayDeque<>();
    try (Stream<String> lines = Files.lines(log.get(), StandardCharsets.UTF_8)) {
      lines
          .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains(" WARNING "))
          .forEach(
              l -> {
                last.addLast(l.length() > WIDTH ? l.substring(0, WIDTH) + "…" : l);
                if (last.size() > LINES) {
                  last.removeFirst();
                }
              });
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
    return last.isEmpty()
        ? ""
        : " | the server's last warnings (" + log.get() + "): " + String.join(" || ", last);
  }

  /** The suite's server writes to log-it on PostgreSQL, log-h2-it on H2: the one written last. */
  private static Optional<Path> newest() {
    String home = System.getProperty("jboss.home");
    if (home == null) {
      return Optional.empty();
    }
    return List.of("log-it", "log-h2-it").stream()
        .map(d -> Path.of(home, "standalone", d, "server.log"))
        .filter(Files::isRegularFile)
        .max(Comparator.comparing(ServerLog::modified));
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
