package org.newsrelay.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's settings table against the settings the code reads: a setting read anywhere in
 * src/main or wildfly-config (a {@code "newsrelay.x.y"} name given to Settings.get or
 * System.getProperty, or a {@code NEWSRELAY_X_Y} variable) must have a row, with a default and a
 * meaning; a row must name a setting that something reads. Either drift fails the build.
 */
class SettingsTableTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir"));
  private static final Pattern PROPERTY = Pattern.compile("\"newsrelay((?:\\.[a-z]+)+)\"");
  private static final Pattern VARIABLE = Pattern.compile("\\bNEWSRELAY_[A-Z0-9_]*[A-Z0-9]\\b");
  private static final Pattern ROW_NAME = Pattern.compile("`(NEWSRELAY_[A-Z0-9_]+)`");

  @Test
  void everySettingTheCodeReadsHasARowAndEveryRowIsRead() throws IOException {
    Map<String, String> read = settingsRead();
    Map<String, String[]> rows = settingsTable();
    assertFalse(read.isEmpty(), "found no settings in the code: the scan is broken");

    Set<String> undocumented = new TreeSet<>(read.keySet());
    undocumented.removeAll(rows.keySet());
    assertTrue(
        undocumented.isEmpty(),
        () ->
            "settings read by the code but missing from README.md's settings table: "
                + describe(undocumented, read));

    Set<String> unread = new TreeSet<>(rows.keySet());
    unread.removeAll(read.keySet());
    assertTrue(
        unread.isEmpty(), "README.md's settings table lists settings nothing reads: " + unread);
  }

  @Test
  void everyRowSaysItsDefaultAndMeaning() throws IOException {
    settingsTable()
        .forEach(
            (name, cells) -> {
              assertEquals(3, cells.length, name + ": a row is | name | default | meaning |");
              assertFalse(cells[1].isBlank(), name + " has no default");
              assertFalse(cells[2].isBlank(), name + " has no meaning");
            });
  }

  /** NEWSRELAY_X_Y → the first file that reads it. */
  static Map<String, String> settingsRead() throws IOException {
    Map<String, String> read = new TreeMap<>();
    for (Path dir : new Path[] {ROOT.resolve("src/main"), ROOT.resolve("wildfly-config")}) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = file.getFileName().toString();
          if (!(name.endsWith(".java") || name.endsWith(".cli") || name.endsWith(".sh"))) {
            continue;
          }
          String text = Files.readString(file);
          String where = ROOT.relativize(file).toString();
          Matcher property = PROPERTY.matcher(text);
          while (property.find()) {
            read.putIfAbsent(
                "NEWSRELAY" + property.group(1).toUpperCase(Locale.ROOT).replace('.', '_'), where);
          }
          Matcher variable = VARIABLE.matcher(text);
          while (variable.find()) {
            read.putIfAbsent(variable.group(), where);
          }
        }
      }
    }
    return read;
  }

  /** Each name in the first cell of the README's "## Settings" table → that row's cells. */
  static Map<String, String[]> settingsTable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Settings\n");
    assertTrue(start >= 0, "README.md has no '## Settings' section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Map<String, String[]> rows = new TreeMap<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `NEWSRELAY_")) {
        continue;
      }
      String[] cells =
          line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split(" \\| ");
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      Matcher name = ROW_NAME.matcher(cells[0]);
      while (name.find()) {
        rows.put(name.group(1), cells);
      }
    }
    assertFalse(rows.isEmpty(), "README.md's settings table has no rows");
    return rows;
  }

  private static String describe(Set<String> names, Map<String, String> where) {
    StringBuilder out = new StringBuilder();
    names.forEach(name -> out.append(name).append(" (").append(where.get(name)).append(") "));
    return out.toString().strip();
  }
}
