package org.newsrelay.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Surnames are not words: 范先生 is Mr Fan, not Mr 範. For the few surname characters whose
 * ordinary-word conversion differs (范 範, 于 於, 余 餘, 钟 鐘), this decides from context whether the
 * character at a position names a person, and gives the surname's Traditional form.
 *
 * <p>A surname is recognised when it follows 姓, when it follows a role that introduces a name
 * (记者范晓东, roles.txt), when a title follows it directly or after a one- or two-character given name
 * (钟南山院士, titles.txt), or when it opens a clause; except before a title, only when the next
 * character does not make one of the ordinary words listed for it (于是, 余额, 范围).
 */
final class Surnames implements ConversionChain.ContextRule {
  /** Characters after which a title-marked surname may stand: 据钟先生说, 采访了于先生. */
  private static final String BEFORE_TITLED_NAME = "和与及跟同向让请被据给叫是称说问把了的见找陪替帮令";

  /** Characters after which a bare name may open a phrase: 我和范伟. */
  private static final String BEFORE_BARE_NAME = "和与及跟同";

  private final Map<Character, String> traditional = new HashMap<>();
  private final Map<Character, Set<Character>> ordinaryContinuations = new HashMap<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> roles = new HashSet<>();
  private int longestRole;
  private final boolean[] claimed = new boolean[Character.MAX_VALUE + 1];
  private int longestTitle;

  Surnames(Map<String, List<String>> table, String titlesResource, String rolesResource) {
    for (Map.Entry<String, List<String>> e : table.entrySet()) {
      char surname = e.getKey().charAt(0);
      List<String> columns = e.getValue();
      traditional.put(surname, columns.get(0));
      Set<Character> continuations = new HashSet<>();
      if (columns.size() > 1) {
        for (String word : columns.get(1).split(",")) {
          for (char c : word.strip().toCharArray()) {
            continuations.add(c);
          }
        }
      }
      ordinaryContinuations.put(surname, continuations);
      claimed[surname] = true;
    }
    longestTitle = readWords(titlesResource, titles);
    longestRole = readWords(rolesResource, roles);
  }

  @Override
  public boolean claims(char c) {
    return claimed[c];
  }

  @Override
  public String convertAt(CharSequence text, int at) {
    return isSurname(text, at) ? traditional.get(text.charAt(at)) : null;
  }

  boolean isSurname(CharSequence text, int at) {
    char surname = text.charAt(at);
    if (!claimed[surname]) {
      return false;
    }
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    if (before == '姓') {
      return true;
    }
    if (roleEndsAt(text, at)
        && at + 1 < text.length()
        && isHan(text.charAt(at + 1))
        && !ordinaryContinuations.get(surname).contains(text.charAt(at + 1))) {
      return true;
    }
    boolean clauseStart = !isHan(before);
    if (!clauseStart && BEFORE_TITLED_NAME.indexOf(before) < 0) {
      return false;
    }
    for (int given = 0; given <= 2; given++) {
      int titleAt = at + 1 + given;
      if (given > 0 && (titleAt > text.length() || !isHan(text.charAt(titleAt - 1)))) {
        break;
      }
      if (titleAt < text.length() && titleStartsAt(text, titleAt)) {
        return given == 0 || !ordinaryContinuations.get(surname).contains(text.charAt(at + 1));
      }
    }
    if (!clauseStart && BEFORE_BARE_NAME.indexOf(before) < 0) {
      return false;
    }
    if (at + 1 >= text.length() || !isHan(text.charAt(at + 1))) {
      return false;
    }
    return !ordinaryContinuations.get(surname).contains(text.charAt(at + 1));
  }

  private boolean roleEndsAt(CharSequence text, int at) {
    for (int len = Math.min(longestRole, at); len > 1; len--) {
      if (roles.contains(text.subSequence(at - len, at).toString())) {
        return true;
      }
    }
    return false;
  }

  private boolean titleStartsAt(CharSequence text, int at) {
    for (int len = Math.min(longestTitle, text.length() - at); len > 0; len--) {
      if (titles.contains(text.subSequence(at, at + len).toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Reads a word list (one a line, # comments) into {@code words}; returns the longest length. */
  private static int readWords(String resource, Set<String> words) {
    InputStream in = Surnames.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing from the classpath: " + resource);
    }
    int longest = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
          longest = Math.max(longest, word.length());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return longest;
  }
}
