package org.newsrelay.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsrelay.platform.Setting;
import org.newsrelay.platform.Settings;

/**
 * README.md's settings table is generated from {@link Setting}, and nothing reads a setting that is
 * not one of its constants: src/main/java reads them only through {@code platform.Settings}, and
 * the CLI scripts' expressions name constants the enum says the server reads, with the enum's
 * defaults. Any drift fails the build.
 */
class SettingsTableTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir"));
  private static final Path JAVA = ROOT.resolve("src/main/java");
  private static final Path THE_ENUM = JAVA.resolve("org/newsrelay/platform/Setting.java");
  private static final Path THE_READER = JAVA.resolve("org/newsrelay/platform/Settings.java");

  private static final Pattern VARIABLE = Pattern.compile("\\bNEWSRELAY_[A-Z0-9_]*[A-Z0-9]\\b");

  /** A system property of ours, not a class name ({@code org.newsrelay.x}). */
  private static final Pattern PROPERTY_NAME =
      Pattern.compile("(?<![\\w.])newsrelay(?:\\.[a-z]+)+");

  private static final Pattern ENVIRONMENT_LOOKUP = Pattern.compile("System\\s*\\.\\s*getenv\\b");

  /** A setting in a CLI expression: its names before the first colon, then its default. */
  record Expression(String file, List<String> names, String defaultValue) {}

  @Test
  void readmeTableIsGeneratedFromTheEnum() throws IOException {
    String expected = table(serverScripts());
    String actual = String.join("\n", readmeTable());
    assertTrue(
        expected.equals(actual),
        () ->
            "README.md's settings table differs from platform.Setting; paste this table under"
                + " '## Settings':\n\n"
                + expected
                + "\n");
  }

  @Test
  void javaReadsSettingsOnlyThroughSettings() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : javaSources()) {
      String where = ROOT.relativize(file).toString();
      JavaText java = JavaText.of(Files.readString(file));
      if (!file.equals(THE_ENUM)) {
        for (String text : java.literals()) {
          if (VARIABLE.matcher(text).find() || PROPERTY_NAME.matcher(text).find()) {
            found.add(where + ": \"" + text + "\"");
          }
        }
      }
      if (!file.equals(THE_READER) && ENVIRONMENT_LOOKUP.matcher(java.code()).find()) {
        found.add(where + ": System.getenv");
      }
    }
    assertTrue(
        found.isEmpty(),
        "settings named or read outside platform.Setting and platform.Settings (use a typed"
            + " method of Settings, or the constant of Setting): "
            + found);
  }

  @Test
  void everySettingNamedAnywhereIsAConstant() throws IOException {
    Set<String> constants = new TreeSet<>(Set.of("NEWSRELAY_X_Y")); // the pattern, in Javadoc
    for (Setting setting : Setting.values()) {
      constants.add(setting.variable());
    }
    Map<String, String> unknown = new TreeMap<>();
    for (Path file : sources(ROOT.resolve("src/main"), ROOT.resolve("wildfly-config"))) {
      Matcher variable = VARIABLE.matcher(Files.readString(file));
      while (variable.find()) {
        if (!constants.contains(variable.group())) {
          unknown.putIfAbsent(variable.group(), ROOT.relativize(file).toString());
        }
      }
    }
    for (Setting setting : Setting.values()) {
      assertFalse(setting.meaning().isBlank(), setting + " has no meaning");
      assertFalse(setting.shownDefault().isBlank(), setting + " has no default to show");
    }
    assertTrue(
        unknown.isEmpty(), "names that are not constants of platform.Setting (where): " + unknown);
  }

  /** A setting nothing asks for is a row that documents nothing. */
  @Test
  void everyTypedSettingIsAskedForOutsideSettings() {
    JavaClass settings =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsrelay")
            .get(Settings.class);
    Set<String> unasked = new TreeSet<>();
    for (JavaMethod method : settings.getMethods()) {
      Set<JavaModifier> modifiers = method.getModifiers();
      if (!modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.STATIC)) {
        continue;
      }
      boolean asked =
          method.getCallsOfSelf().stream()
              .anyMatch(call -> !call.getOriginOwner().isEquivalentTo(Settings.class));
      if (!asked) {
        unasked.add(method.getName());
      }
    }
    assertTrue(unasked.isEmpty(), "typed settings that no code asks for: " + unasked);
  }

  @Test
  void theServerScriptsReadTheServersSettingsWithTheEnumsDefaults() throws IOException {
    Map<Setting, List<Expression>> scripts = serverScripts();
    for (Setting setting : Setting.values()) {
      List<Expression> read = scripts.getOrDefault(setting, List.of());
      if (setting.reader() == Setting.Reader.APPLICATION) {
        assertTrue(read.isEmpty(), setting + " is the application's, but a script reads it");
        continue;
      }
      assertFalse(
          read.isEmpty(), setting + " is the server's, but no wildfly-config script reads it");
      List<String> names =
          setting.reader() == Setting.Reader.SERVER
              ? List.of(setting.property(), "env." + setting.variable())
              : List.of("env." + setting.variable());
      for (Expression expression : read) {
        assertEquals(
            names,
            expression.names(),
            setting + " in " + expression.file() + ": read as Setting.Reader." + setting.reader());
        assertEquals(
            setting.defaultValue(),
            expression.defaultValue(),
            setting + "'s default in " + expression.file());
      }
    }
  }

  /** The table README.md must hold, from the enum and the scripts that read the server's. */
  static String table(Map<Setting, List<Expression>> scripts) {
    StringBuilder table =
        new StringBuilder("| Variable | Default | Meaning | Read by |\n| --- | --- | --- | --- |");
    for (Setting setting : Setting.values()) {
      String readBy =
          switch (setting.reader()) {
            case APPLICATION -> "application";
            case SERVER -> "server: " + files(scripts.get(setting));
            case SERVER_VARIABLE_ONLY ->
                "server: " + files(scripts.get(setting)) + ", variable only";
          };
      table
          .append("\n| `")
          .append(setting.variable())
          .append("` | ")
          .append(setting.shownDefault())
          .append(" | ")
          .append(setting.meaning())
          .append(" | ")
          .append(readBy)
          .append(" |");
    }
    return table.toString();
  }

  private static String files(List<Expression> expressions) {
    if (expressions == null) {
      return "no script";
    }
    Set<String> files = new TreeSet<>();
    expressions.forEach(e -> files.add("`" + e.file() + "`"));
    return String.join(", ", files);
  }

  /** The lines of the table in README.md's "## Settings" section. */
  static List<String> readmeTable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Settings\n");
    assertTrue(start >= 0, "README.md has no '## Settings' section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("|")) {
        rows.add(line.strip());
      } else if (!rows.isEmpty()) {
        break;
      }
    }
    assertFalse(rows.isEmpty(), "README.md's settings section has no table");
    return rows;
  }

  /**
   * The settings the CLI scripts' expressions read, {@code ${newsrelay.x.y,env.NEWSRELAY_X_Y:d}} or
   * {@code ${env.NEWSRELAY_X_Y:d}}, outside comments; a default may hold expressions of its own.
   */
  static Map<Setting, List<Expression>> serverScripts() throws IOException {
    Map<String, Setting> byVariable = new TreeMap<>();
    for (Setting setting : Setting.values()) {
      byVariable.put(setting.variable(), setting);
    }
    Map<Setting, List<Expression>> read = new EnumMap<>(Setting.class);
    for (Path file : sources(ROOT.resolve("wildfly-config"))) {
      if (!file.getFileName().toString().endsWith(".cli")) {
        continue;
      }
      for (String line : Files.readString(file).split("\n")) {
        if (line.strip().startsWith("#")) {
          continue;
        }
        for (int at = line.indexOf("${"); at >= 0; at = line.indexOf("${", at + 2)) {
          String inside = braced(line, at);
          int colon = inside.indexOf(':');
          List<String> names =
              List.of((colon < 0 ? inside : inside.substring(0, colon)).split(","));
          String variable = names.get(names.size() - 1);
          if (!variable.startsWith("env.NEWSRELAY_")) {
            assertFalse(
                inside.startsWith("newsrelay."),
                file + ": " + inside + " reads a property without its NEWSRELAY_ variable");
            continue;
          }
          Setting setting = byVariable.get(variable.substring("env.".length()));
          assertTrue(setting != null, file + ": " + variable + " is no constant of Setting");
          read.computeIfAbsent(setting, s -> new ArrayList<>())
              .add(
                  new Expression(
                      file.getFileName().toString(),
                      names,
                      colon < 0 ? null : inside.substring(colon + 1)));
        }
      }
    }
    return read;
  }

  /** What is between {@code ${} at {@code at} and its own closing brace. */
  private static String braced(String line, int at) {
    int depth = 0;
    for (int i = at; i < line.length(); i++) {
      if (line.startsWith("${", i)) {
        depth++;
        i++;
      } else if (line.charAt(i) == '}' && --depth == 0) {
        return line.substring(at + 2, i);
      }
    }
    throw new AssertionError("an expression without its closing brace: " + line.substring(at));
  }

  /**
   * A Java source split into its string literals (text blocks and character literals included) and
   * the code around them, comments left out: a Javadoc may name a setting, a literal may not.
   */
  record JavaText(String code, List<String> literals) {
    static JavaText of(String source) {
      StringBuilder code = new StringBuilder();
      List<String> literals = new ArrayList<>();
      int n = source.length();
      int i = 0;
      while (i < n) {
        if (source.startsWith("//", i)) {
          i = endOf(source, i, "\n", false);
        } else if (source.startsWith("/*", i)) {
          i = endOf(source, i + 2, "*/", false);
        } else if (source.startsWith("\"\"\"", i)) {
          int end = endOf(source, i + 3, "\"\"\"", true);
          literals.add(source.substring(i + 3, Math.max(i + 3, end - 3)));
          i = end;
        } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
          String quote = String.valueOf(source.charAt(i));
          int end = endOf(source, i + 1, quote, true);
          literals.add(source.substring(i + 1, Math.max(i + 1, end - 1)));
          i = end;
        } else {
          code.append(source.charAt(i++));
        }
        code.append(' ');
      }
      return new JavaText(code.toString(), literals);
    }

    /** Just past the first {@code end} at or after {@code from} (skipping escapes in literals). */
    private static int endOf(String source, int from, String end, boolean escapes) {
      for (int i = from; i < source.length(); i++) {
        if (escapes && source.charAt(i) == '\\') {
          i++;
        } else if (source.startsWith(end, i)) {
          return i + end.length();
        }
      }
      return source.length();
    }
  }

  private static List<Path> javaSources() throws IOException {
    return sources(JAVA).stream().filter(f -> f.toString().endsWith(".java")).toList();
  }

  private static List<Path> sources(Path... dirs) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(Files::isRegularFile)
            .filter(
                f -> {
                  String name = f.getFileName().toString();
                  return name.endsWith(".java")
                      || name.endsWith(".cli")
                      || name.endsWith(".sh")
                      || name.endsWith(".xml")
                      || name.endsWith(".properties");
                })
            .sorted()
            .forEach(found::add);
      }
    }
    return found;
  }
}
