package org.newsrelay.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a conversion table from the classpath: OpenCC's format ({@code key<TAB>candidate
 * candidate...}, the first candidate being the usual one) and ours, which adds {@code #} comments.
 * The packaged tables are not uniform (some use a space instead of a tab), so both are accepted.
 */
final class DictionaryFile {
  private DictionaryFile() {}

  static Map<String, String> load(String resource) {
    return firstCandidates(loadCandidates(resource));
  }

  static Map<String, String> firstCandidates(Map<String, List<String>> candidates) {
    Map<String, String> first = new LinkedHashMap<>();
    candidates.forEach((k, v) -> first.put(k, v.get(0)));
    return first;
  }

  /** Every candidate of every key, in the order the table gives them. */
  static Map<String, List<String>> loadCandidates(String resource) {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    InputStream in = DictionaryFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Conversion table missing from the classpath: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = reader.readLine()) != null) {
        parse(line, entries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return entries;
  }

  private static void parse(String line, Map<String, List<String>> entries) {
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line.isEmpty() || line.charAt(0) == '#') {
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
    String rest = line.substring(sep + 1);
    int comment = rest.indexOf('#');
    if (comment >= 0) {
      rest = rest.substring(0, comment);
    }
    List<String> candidates = new ArrayList<>(2);
    for (String candidate : rest.strip().split("\\s+")) {
      if (!candidate.isEmpty()) {
        candidates.add(candidate);
      }
    }
    if (!key.isEmpty() && !candidates.isEmpty()) {
      entries.put(key, List.copyOf(candidates));
    }
  }
}
