package org.newsrelay.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared through the {@code newsrelay.shared} property; skips loudly without it. */
final class SharedCorpus {
  private SharedCorpus() {}

  static Path require(String relative) {
    String root = System.getProperty("newsrelay.shared");
    Path path = root == null ? null : Path.of(root).resolve(relative);
    boolean present = path != null && Files.isRegularFile(path);
    if (!present) {
      System.err.println(
          "SKIPPED: "
              + relative
              + " not found (system property newsrelay.shared = "
              + root
              + "); the shared corpora are not beside this checkout.");
    }
    assumeTrue(present, "shared corpus missing: " + relative);
    return path;
  }
}
