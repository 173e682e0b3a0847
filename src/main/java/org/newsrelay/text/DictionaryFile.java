package org.newsrelay.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One conversion table as written on disk: OpenCC's format ({@code key<TAB>candidate candidate...},
 * the first candidate being the default) and ours, which adds {@code #} comments after the value.
 * Entries keep the file's order, since OpenCC's reverse tables depend on it.
 */
final class DictionaryFile {
  /** OpenCC's annotation choosing the default candidate of a reversed table (data/scripts). */
  private static final String REVERSE_PREFER = "# @reverse-prefer:";

  /**
   * OpenCC's annotation of a character whose other candidate is a rare form that common fonts may
   * lack; OpenCC builds those candidates into a separate table (TSCharactersExt).
   */
  private static final String TOFU_RISK = "# @tofu-risk:";

  private final List<String> keys = new ArrayList<>();
  private final List<String[]> candidates = new ArrayList<>();
  private final Map<String, String> reversePreferences = new HashMap<>();
  private final Map<String, String> tofuRisk = new LinkedHashMap<>();
  private boolean nextIsTofuRisk;

  private DictionaryFile() {}

  static DictionaryFile read(String resource) {
    DictionaryFile file = new DictionaryFile();
    InputStream in = DictionaryFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Conversion table missing from the classpath: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = reader.readLine()) != null) {
        file.parse(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return file;
  }

  /** Key to first candidate, in file order (a repeated key keeps its first line). */
  static Map<String, String> load(String resource) {
    return read(resource).firstCandidates();
  }

  /** Key to every candidate, in file order. */
  static Map<String, List<String>> loadCandidates(String resource) {
    DictionaryFile file = read(resource);
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (int i = 0; i < file.keys.size(); i++) {
      all.putIfAbsent(file.keys.get(i), List.of(file.candidates.get(i)));
    }
    return all;
  }

  Map<String, String> firstCandidates() {
    Map<String, String> first = new LinkedHashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      first.putIfAbsent(keys.get(i), candidates.get(i)[0]);
    }
    return first;
  }

  /** Every line's key and candidates, in file order. */
  void forEachCandidate(java.util.function.BiConsumer<String, String[]> action) {
    for (int i = 0; i < keys.size(); i++) {
      action.accept(keys.get(i), candidates.get(i));
    }
  }

  /**
   * The reverse table as OpenCC's {@code reverse.py} builds it (TWVariantsRev, HKVariantsRev):
   * every candidate becomes a key whose candidates are the keys listing it, in file order, unless
   * an {@code @reverse-prefer} annotation names the default. Returns the defaults.
   */
  Map<String, String> reversed() {
    Map<String, String> reverse = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (String candidate : candidates.get(i)) {
        reverse.putIfAbsent(candidate, keys.get(i));
      }
    }
    reverse.putAll(reversePreferences);
    return reverse;
  }

  /**
   * OpenCC's TSCharactersExt, as its {@code extract_tofu_risk.py} derives it: for each line marked
   * {@code @tofu-risk}, the key and its first candidate other than itself.
   */
  Map<String, String> tofuRiskExtension() {
    return tofuRisk;
  }

  private void parse(String line) {
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line.isEmpty()) {
      return;
    }
    if (line.charAt(0) == '#') {
      if (line.startsWith(REVERSE_PREFER)) {
        String[] fields = line.substring(REVERSE_PREFER.length()).strip().split("\\s+");
        reversePreferences.put(fields[0], fields[fields.length - 1]);
      }
      nextIsTofuRisk = line.startsWith(TOFU_RISK);
      return;
    }
    int sep = line.indexOf('\t');
    if (sep < 0) {
      sep = line.indexOf(' ');
    }
    if (sep <= 0) {
      return;
    }
    String key = line.substring(0, sep).strip();
    int end = line.indexOf('#', sep + 1);
    if (end < 0) {
      end = line.length();
    }
    List<String> values = new ArrayList<>(2);
    int i = sep + 1;
    while (i < end) {
      while (i < end && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        values.add(line.substring(start, i));
      }
    }
    if (!key.isEmpty() && !values.isEmpty()) {
      keys.add(key);
      candidates.add(values.toArray(new String[0]));
      if (nextIsTofuRisk) {
        values.remove(key);
        if (!values.isEmpty()) {
          tofuRisk.put(key, values.get(0));
        }
      }
    }
    nextIsTofuRisk = false;
  }
}
