package org.newsrelay.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorting for the reader's locale: pinyin for zh-Hans, stroke order for zh-Hant, English for en.
 */
final class ReaderCollator {
  private ReaderCollator() {}

  static Comparator<String> forTag(String tag) {
    ChineseVariant variant = ChineseVariant.of(tag);
    ULocale locale =
        switch (variant) {
          case ENGLISH -> ULocale.ENGLISH;
          case SIMPLIFIED -> new ULocale("zh@collation=pinyin");
          case TRADITIONAL, TAIWAN, HONG_KONG -> new ULocale("zh@collation=stroke");
        };
    Collator collator = Collator.getInstance(locale).freeze();
    return collator::compare;
  }

  static <T> List<T> sort(List<T> items, Function<T, String> key, String tag) {
    Comparator<String> order = forTag(tag);
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(key, order));
    return sorted;
  }
}
