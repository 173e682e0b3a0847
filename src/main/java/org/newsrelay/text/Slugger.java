package org.newsrelay.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** ASCII slugs through Han-Latin: 人工智能 → ren-gong-zhi-neng, Zürich → zurich. */
final class Slugger {
  // Transliterator instances are not documented as thread-safe; one per thread is cheap.
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(
          () ->
              Transliterator.getInstance(
                  "Traditional-Simplified; Han-Latin/Names; Any-Latin; Latin-ASCII; Any-Lower"));

  String slug(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    // Spaces between ideographs make Han-Latin emit one syllable per character.
    String spaced = name.replaceAll("(\\p{IsHan})", " $1 ");
    String ascii = TO_ASCII.get().transliterate(spaced).toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
