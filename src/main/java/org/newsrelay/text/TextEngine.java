package org.newsrelay.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The text engine's entry point: every story passes through it before anyone reads it. Thread-safe
 * and shared; the conversion tables load once, lazily, on the first call that needs them.
 *
 * <p>Tags are BCP 47 as in {@link #supportedTags()}; any other tag throws {@link
 * UnknownTagException}. Null text is treated as empty; no other input makes a method throw.
 */
public final class TextEngine {
  private static final Set<String> TAGS = Set.copyOf(ChineseVariant.tags());
  private static final TextEngine STANDARD = new TextEngine();

  private final ByteDecoder decoder = new ByteDecoder();
  private final HtmlCleaner html = new HtmlCleaner();
  private final UnicodeCleaner unicode = new UnicodeCleaner();
  private final BoilerplateStripper boilerplate = new BoilerplateStripper();
  private final CopyTrimmer trimmer = new CopyTrimmer();
  private final Slugger slugger = new Slugger();

  private TextEngine() {}

  public static TextEngine standard() {
    return STANDARD;
  }

  public static Set<String> supportedTags() {
    return TAGS;
  }

  public Decoded decode(byte[] bytes, String declaredCharset) {
    return decoder.decode(bytes, declaredCharset);
  }

  public Normalized normalize(String text, String targetTag) {
    ChineseVariant target = targetTag == null ? null : ChineseVariant.of(targetTag);
    List<String> warnings = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    String clean = unicode.clean(text == null ? "" : text, warnings);
    List<String> lines = boilerplate.strip(Arrays.asList(clean.split("\n", -1)), removed);
    String story = String.join("\n", lines).strip();
    Detection detected = detect(story);
    String out = convertDetected(story, detected, target, warnings);
    return new Normalized(out, out, detected, removed, warnings);
  }

  public Normalized normalizeHtml(String html, String targetTag) {
    ChineseVariant target = targetTag == null ? null : ChineseVariant.of(targetTag);
    List<String> warnings = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Document doc = Jsoup.parseBodyFragment(this.html.sanitize(html));
    doc.outputSettings().prettyPrint(false);
    for (Element e : doc.body().getAllElements()) {
      for (TextNode node : e.textNodes()) {
        node.text(unicode.clean(node.getWholeText(), warnings));
      }
    }
    removeBoilerplateBlocks(doc, removed);
    Detection detected = detect(this.html.toText(doc.body().html()));
    if (target != null && "zh".equals(detected.language()) && target.isChinese()) {
      convertHtml(doc, ChineseVariant.of(detected.variant()), target);
    } else {
      convertDetected("", detected, target, warnings);
    }
    String sanitized = doc.body().html();
    return new Normalized(
        sanitized, this.html.toText(sanitized), detected, removed, dedupe(warnings));
  }

  /**
   * Chinese conversion of a text, and its quotation marks in the target's style ({@link
   * QuotationMarks}); {@code fromTag} null = detect.
   */
  public String convert(String text, String fromTag, String toTag) {
    ChineseVariant to = ChineseVariant.of(toTag);
    ChineseVariant from = fromTag == null ? null : ChineseVariant.of(fromTag);
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (from == null) {
      from = ChineseVariant.of(detect(text).variant());
    }
    return convertChinese(text, from, to);
  }

  /**
   * Sanitised HTML with its text and {@code alt} text converted as {@link #convert} converts text,
   * quotation marks paired across the elements of a paragraph and across paragraphs: what a
   * rendition's HTML body is.
   */
  public String convertHtml(String html, String fromTag, String toTag) {
    ChineseVariant to = ChineseVariant.of(toTag);
    ChineseVariant from = fromTag == null ? null : ChineseVariant.of(fromTag);
    Document doc = Jsoup.parseBodyFragment(this.html.sanitize(html));
    doc.outputSettings().prettyPrint(false);
    if (from == null) {
      from = ChineseVariant.of(detect(this.html.toText(doc.body().html())).variant());
    }
    if (from.isChinese() && to.isChinese()) {
      convertHtml(doc, from, to);
    }
    return doc.body().html();
  }

  /**
   * Copy in the one form that comparisons use (topic rules, near-duplicate fingerprints): Chinese
   * in Simplified script with mainland vocabulary, whichever region wrote it (晶片, 芯片 and 芯片 alike;
   * 的士, 計程車 and 出租车 alike). Not for readers. Copy that is not Chinese comes back as it is.
   */
  public String fold(String text, String tag) {
    ChineseVariant from = tag == null ? null : ChineseVariant.of(tag);
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (from == null) {
      from = ChineseVariant.of(detect(text).variant());
    }
    return from.isChinese() ? converter().fold(text, from) : text;
  }

  public Detection detect(String text) {
    return Dictionaries.DETECTOR.detect(text == null ? "" : text);
  }

  public String headline(String plainText, int maxChars) {
    return trimmer.headline(plainText, maxChars);
  }

  public String summary(String plainText, int maxChars) {
    return trimmer.summary(plainText, maxChars);
  }

  /** Words for keywords and topic matching (ICU dictionary-based segmentation for Chinese). */
  public List<String> words(String plainText) {
    return trimmer.words(plainText);
  }

  /** Cuts to at most {@code maxChars} on a word boundary, marking the cut with …. */
  public String truncate(String plainText, int maxChars) {
    return trimmer.truncate(plainText, maxChars);
  }

  /**
   * The text without what XML 1.0 cannot carry and what only harms copy (see {@link XmlText}):
   * applied to every field of a story at the door, and by the renderers. Null stays null.
   */
  public String xmlSafe(String text) {
    return XmlText.carriable(text);
  }

  /**
   * The link as an absolute http or https URL, or null for anything else (javascript:, data:, a
   * relative or malformed address): the one rule for every link a story carries.
   */
  public String webLink(String link) {
    return WebLinks.absoluteHttp(link);
  }

  public String sanitizeHtml(String html) {
    return this.html.sanitize(html);
  }

  public String htmlToText(String html) {
    return this.html.toText(html);
  }

  /**
   * The pictures a body shows ({@code <img>}, with its {@code <figure>}'s caption), in order; only
   * those whose address is an absolute https URL, as the sanitiser keeps them.
   */
  public List<BodyPicture> pictures(String html) {
    return this.html.pictures(html);
  }

  public String slug(String name) {
    return slugger.slug(name);
  }

  /** Order for the reader's locale: pinyin for zh-Hans, stroke order for zh-Hant variants. */
  public Comparator<String> collator(String tag) {
    return ReaderCollator.forTag(tag);
  }

  private String convertDetected(
      String text, Detection detected, ChineseVariant target, List<String> warnings) {
    if (target == null || text.isEmpty() || !"zh".equals(detected.language())) {
      if (target != null && target.isChinese() != "zh".equals(detected.language())) {
        warnings.add(
            "text detected as " + detected.variant() + ", not converted to " + target.tag());
      }
      return text;
    }
    if (!target.isChinese()) {
      return text;
    }
    return convertChinese(text, ChineseVariant.of(detected.variant()), target);
  }

  private String convertChinese(String text, ChineseVariant from, ChineseVariant to) {
    if (!from.isChinese() || !to.isChinese()) {
      return text;
    }
    return QuotationMarks.forTarget(converter().convert(text, from, to), to);
  }

  /** Converts every text node and {@code alt}; quotation marks are paired over the whole body. */
  private void convertHtml(Document doc, ChineseVariant from, ChineseVariant to) {
    List<TextNode> nodes = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    boolean[] pendingBreak = {true};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text) {
            if (!text.isBlank()) {
              nodes.add(text);
              starts.add(pendingBreak[0]);
              pendingBreak[0] = false;
            }
          } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
            pendingBreak[0] = true;
          }
        },
        doc.body());
    List<String> converted = new ArrayList<>(nodes.size());
    boolean[] paragraphStarts = new boolean[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      converted.add(converter().convert(nodes.get(i).getWholeText(), from, to));
      paragraphStarts[i] = starts.get(i);
    }
    converted = QuotationMarks.forTarget(converted, paragraphStarts, to);
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).text(converted.get(i));
    }
    for (Element img : doc.select("img[alt]")) {
      img.attr("alt", convertChinese(img.attr("alt"), from, to));
    }
  }

  private void removeBoilerplateBlocks(Document doc, List<String> removed) {
    List<Element> blocks = doc.body().select("p, li, blockquote");
    List<String> texts = new ArrayList<>();
    for (Element b : blocks) {
      texts.add(b.text());
    }
    List<String> found = new ArrayList<>();
    List<String> kept = boilerplate.strip(texts, found);
    if (kept.size() == texts.size()) {
      return;
    }
    for (Element b : blocks) {
      if (found.contains(b.text())) {
        b.remove();
      }
    }
    removed.addAll(found);
  }

  private static List<String> dedupe(List<String> warnings) {
    return warnings.stream().distinct().toList();
  }

  private static ChineseConverter converter() {
    return Dictionaries.CONVERTER;
  }

  /** The shared tables, for tests that check them against their sources. */
  static ConversionTables tables() {
    return Dictionaries.TABLES;
  }

  /** Holder idiom: the tables load on first use, once, under the JVM's class-init lock. */
  private static final class Dictionaries {
    static final ConversionTables TABLES = new ConversionTables();
    static final ChineseConverter CONVERTER = new ChineseConverter(TABLES);
    static final LanguageDetector DETECTOR = new LanguageDetector(TABLES);
  }
}
