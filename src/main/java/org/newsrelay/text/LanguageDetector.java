package org.newsrelay.text;

/**
 * English or Chinese; for Chinese, Simplified or Traditional by the characters only one script has,
 * and Taiwan or Hong Kong where the text shows regional glyphs or words.
 */
final class LanguageDetector {
  /** Words and glyphs that only Taiwan's press uses; a hit marks zh-Hant-TW. */
  private static final String[] TAIWAN = {
    "軟體", "網路", "資訊", "伺服器", "人工智慧", "晶片", "計程車", "川普", "普丁", "雪梨", "紐西蘭",
    "隨身碟", "影片", "程式", "資料", "滑鼠", "硬體", "部落格", "臺灣", "台灣", "裡", "著"
  };

  /** Hong Kong glyphs (説, 衞, 綫) and Cantonese or HK usage. */
  private static final String[] HONG_KONG = {
    "説", "衞", "綫", "嘅", "咗", "唔", "冇", "喺", "啲", "嘢", "佢哋", "的士", "軟件", "網絡", "香港"
  };

  private final ConversionTables tables;

  LanguageDetector(ConversionTables tables) {
    this.tables = tables;
  }

  Detection detect(String text) {
    int han = 0;
    int latin = 0;
    int simplified = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (UnicodeCleaner.isHan(cp)) {
        han++;
        if (cp <= Character.MAX_VALUE) {
          simplified += tables.isSimplifiedOnly((char) cp) ? 1 : 0;
          traditional += tables.isTraditionalOnly((char) cp) ? 1 : 0;
        }
      } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    if (han == 0) {
      double confidence = latin == 0 ? 0.3 : Math.min(0.99, 0.6 + latin / 200.0);
      return new Detection("en", null, "en", round(confidence));
    }
    // A Chinese character carries about as much as an English word of five letters.
    if (han * 5 < latin) {
      return new Detection(
          "en", null, "en", round(Math.min(0.95, 0.5 + (latin - han * 5) / 400.0)));
    }
    double zh = Math.min(0.99, 0.6 + han / 100.0);
    int marked = simplified + traditional;
    if (traditional <= simplified) {
      double script = marked == 0 ? 0.5 : (double) simplified / marked;
      return new Detection("zh", "Hans", "zh-Hans", round(zh * Math.max(0.5, script)));
    }
    double script = (double) traditional / marked;
    int tw = count(text, TAIWAN);
    int hk = count(text, HONG_KONG);
    String variant = tw > hk ? "zh-Hant-TW" : hk > tw ? "zh-Hant-HK" : "zh-Hant";
    return new Detection("zh", "Hant", variant, round(zh * script));
  }

  private static int count(String text, String[] markers) {
    int n = 0;
    for (String m : markers) {
      for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + m.length())) {
        n++;
      }
    }
    return n;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
