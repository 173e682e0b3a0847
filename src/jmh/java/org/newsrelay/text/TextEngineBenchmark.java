package org.newsrelay.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode + normalise + convert on a Chinese news-sized corpus (about 1 MB of Simplified copy).
 * The corpus is written to target/bench/corpus.txt so that OpenCC's command line converts the very
 * same text in the same run (src/jmh/opencc-compare.sh). Run: ./mvnw -B -Pbench test
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextEngineBenchmark {
  static final int CORPUS_CHARS = 1 << 20;

  private final TextEngine engine = TextEngine.standard();
  String corpus;
  String taiwanCorpus;
  byte[] corpusBytes;

  @Setup
  public void setUp() throws IOException {
    corpus = corpus();
    corpusBytes = corpus.getBytes(StandardCharsets.UTF_8);
    taiwanCorpus = engine.convert(corpus, "zh-Hans", "zh-Hant-TW");
    Path out = Path.of("target", "bench", "corpus.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, corpusBytes);
    Files.writeString(out.resolveSibling("corpus-tw.txt"), taiwanCorpus);
  }

  /** Conversion alone, zh-Hans to zh-Hant-TW (OpenCC's s2twp). */
  @Benchmark
  public String convertToTaiwan() {
    return engine.convert(corpus, "zh-Hans", "zh-Hant-TW");
  }

  /** Conversion alone, zh-Hans to zh-Hant (OpenCC's s2tw). */
  @Benchmark
  public String convertToTraditional() {
    return engine.convert(corpus, "zh-Hans", "zh-Hant");
  }

  /** The whole text pipeline: bytes in, Taiwan rendition out. */
  @Benchmark
  public Normalized decodeNormalizeConvert() {
    Decoded decoded = engine.decode(corpusBytes, null);
    return engine.normalize(decoded.text(), "zh-Hant-TW");
  }

  /** Conversion alone, zh-Hant-TW to zh-Hans (OpenCC's tw2sp), on the Taiwan rendition. */
  @Benchmark
  public String convertTaiwanToSimplified() {
    return engine.convert(taiwanCorpus, "zh-Hant-TW", "zh-Hans");
  }

  /** Cold start: the character tables read and the s2twp chain built from OpenCC's files. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  public ConversionChain loadDictionaries() {
    return new ConversionTables()
        .chain(ChineseVariant.SIMPLIFIED, ChineseVariant.TAIWAN, false);
  }

  /** Paragraphs of news copy (the newsroom's samples and OpenCC's Simplified inputs), repeated. */
  static String corpus() throws IOException {
    StringBuilder seed = new StringBuilder();
    seed.append(resource("text/deepseek-cost.zh-Hans.txt")).append('\n');
    for (String line : resource("text/zh-convert-dev.tsv").split("\n")) {
      String[] f = line.split("\t");
      if (!line.startsWith("#") && f.length > 2 && f[0].equals("zh-Hans")) {
        seed.append(f[2]).append('\n');
      }
    }
    StringBuilder out = new StringBuilder(CORPUS_CHARS + seed.length());
    while (out.length() < CORPUS_CHARS) {
      out.append(seed);
    }
    return out.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TextEngineBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
