package org.newsrelay.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ explain the repository from inside it: every repository path they name
 * exists, and nothing but the tests' own configuration points outside the checkout (a clone has no
 * ../shared).
 */
class DocsTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir"));
  private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final List<String> TOP =
      List.of("src/", "scripts/", "docs/", "wildfly-config/", "translations/", ".ci/", ".mvn/");
  private static final Set<String> OUTSIDE_ALLOWED =
      Set.of(
          // The optional location of the shared corpora, which the conformance tests read and
          // skip loudly without.
          "pom.xml", "docs/ingest-conformance.md");

  @Test
  void everyPathTheDocsNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path doc : docs()) {
      String text = Files.readString(doc);
      Matcher code = CODE.matcher(text);
      while (code.find()) {
        String path = trim(code.group(1));
        if (TOP.stream().anyMatch(path::startsWith) && !exists(ROOT, path)) {
          missing.add(ROOT.relativize(doc) + ": `" + path + "`");
        }
      }
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1).replaceFirst("#.*", "");
        if (target.isEmpty() || target.contains("://") || target.startsWith("mailto:")) {
          continue;
        }
        if (!exists(doc.getParent(), target)) {
          missing.add(ROOT.relativize(doc) + ": (" + target + ")");
        }
      }
    }
    assertTrue(missing.isEmpty(), "the docs name paths that do not exist: " + missing);
  }

  @Test
  void nothingOutsideTheTestsPointsAtTheSharedFolder() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = ROOT.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("target/")
            || relative.startsWith(".git/")
            || relative.startsWith("src/test/")
            || OUTSIDE_ALLOWED.contains(relative)
            || Files.size(file) > 2_000_000) {
          continue;
        }
        String text;
        try {
          text = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException binary) {
          continue;
        }
        if (text.contains("../shared")) {
          offenders.add(relative);
        }
      }
    }
    assertTrue(offenders.isEmpty(), "files that point outside the repository: " + offenders);
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    assertFalse(docs.size() < 2, "no docs found");
    return docs;
  }

  /** `scripts/x.sh:12`, `docs/a.md#part`, `src/x/`, a sentence's full stop: the path alone. */
  private static String trim(String path) {
    String p =
        path.replaceFirst("#.*", "")
            .replaceFirst(":\\d+(-\\d+)?$", "")
            // A placeholder (`translations/messages_<tag>.properties`) stands for any name.
            .replaceAll("<[^>]+>", "*");
    while (!p.isEmpty() && ",.;:)".indexOf(p.charAt(p.length() - 1)) >= 0) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** A path, or a glob (`wildfly-config/*.cli`, `src/main/resources/db/migration/V*.sql`). */
  private static boolean exists(Path base, String path) throws IOException {
    if (!path.contains("*") && !path.contains("{")) {
      return Files.exists(base.resolve(path).normalize());
    }
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
    try (Stream<Path> files = Files.walk(base)) {
      return files.anyMatch(f -> glob.matches(base.relativize(f)));
    }
  }
}
