package org.newsrelay.text;

import static org.newsrelay.text.ChineseVariant.SIMPLIFIED;
import static org.newsrelay.text.ChineseVariant.TRADITIONAL;

/**
 * Converts Chinese text between the four written variants: phrase-aware, longest match first, the
 * newsroom's tables over OpenCC's, OpenCC's over ICU's per-character fallback.
 */
final class ChineseConverter {
  private final ConversionTables tables;

  ChineseConverter(ConversionTables tables) {
    this.tables = tables;
  }

  String convert(String text, ChineseVariant from, ChineseVariant to) {
    if (text.isEmpty() || !from.isChinese() || !to.isChinese() || from == to) {
      return text;
    }
    ChineseVariant source = actualScript(text, from);
    if (source == to) {
      return text;
    }
    PhraseTrie trie = tables.trie(source, to);
    StringBuilder out = new StringBuilder(text.length() + 16);
    PhraseTrie.ContextRule rule =
        source == SIMPLIFIED && to.isTraditional() ? tables.surnames() : null;
    trie.convertInto(text, 0, text.length(), out, rule);
    return out.toString();
  }

  /**
   * What the text is written in, whatever was declared: Traditional text sent as zh-Hans must not
   * be converted again (后 would become 後 in 皇后), so a text with characters of one script only is
   * taken to be in that script. Mixed or neutral text keeps the declared variant.
   */
  private ChineseVariant actualScript(String text, ChineseVariant declared) {
    boolean simplified = false;
    boolean traditional = false;
    for (int i = 0; i < text.length() && !(simplified && traditional); i++) {
      char c = text.charAt(i);
      simplified |= tables.isSimplifiedOnly(c);
      traditional |= tables.isTraditionalOnly(c);
    }
    if (declared == SIMPLIFIED && traditional && !simplified) {
      return TRADITIONAL;
    }
    if (declared.isTraditional() && simplified && !traditional) {
      return SIMPLIFIED;
    }
    return declared;
  }
}
