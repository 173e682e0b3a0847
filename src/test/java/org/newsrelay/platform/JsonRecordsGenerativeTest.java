package org.newsrelay.platform;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generative: random JSON (and random breakage of it) read as a request record. Whatever the bytes,
 * the reader answers a record or refuses with a {@link DomainException}, never anything else (a
 * JsonException, a ClassCastException, an overflow), so every refusal is a 400 that says why.
 *
 * <p>Seeded, as the other generative tests are: {@code -Dnewsrelay.generative.seed=N} replays from
 * N, {@code -Dnewsrelay.generative.cases=N} runs more (2000 by default).
 */
class JsonRecordsGenerativeTest {
  static final long SEED = Long.getLong("newsrelay.generative.seed", 20261201L);
  static final int CASES = Integer.getInteger("newsrelay.generative.cases", 2000);

  /** The members of {@link JsonRecordsTest.Everything} and a few it does not have. */
  static final List<String> NAMES =
      List.of(
          "name",
          "active",
          "flag",
          "count",
          "total",
          "until",
          "id",
          "colour",
          "roles",
          "numbers",
          "names",
          "rate_limits",
          "reads_per_minute",
          "pushes_per_minute",
          "history",
          "rules",
          "embargo",
          "other",
          "");

  @Test
  void anyBodyIsARecordOrARefusal() {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      SplittableRandom random = new SplittableRandom(seed);
      String json = value(random, 0);
      byte[] body = mangle(random, json.getBytes(StandardCharsets.UTF_8));
      for (Class<? extends Record> type :
          List.of(JsonRecordsTest.Everything.class, JsonRecordsTest.Names.class)) {
        try {
          JsonBodies.read(body, type);
        } catch (DomainException refused) {
          // a 400 (or another refusal) that names what is wrong
        } catch (RuntimeException | StackOverflowError e) {
          fail(
              "seed "
                  + seed
                  + " as "
                  + type.getSimpleName()
                  + ": "
                  + e
                  + " for "
                  + new String(body, StandardCharsets.UTF_8),
              e);
        }
      }
    }
  }

  /** Mostly objects, so the members get bound; sometimes anything. */
  static String value(SplittableRandom random, int depth) {
    int kind = depth == 0 ? (random.nextInt(10) < 8 ? 0 : random.nextInt(9)) : random.nextInt(9);
    if (depth > 5 && kind < 2) {
      kind = 2 + random.nextInt(7);
    }
    return switch (kind) {
      case 0 -> {
        StringBuilder object = new StringBuilder("{");
        int members = random.nextInt(6);
        for (int m = 0; m < members; m++) {
          if (m > 0) {
            object.append(',');
          }
          object
              .append(quoted(NAMES.get(random.nextInt(NAMES.size()))))
              .append(':')
              .append(value(random, depth + 1));
        }
        yield object.append('}').toString();
      }
      case 1 -> {
        StringBuilder array = new StringBuilder("[");
        int items = random.nextInt(4);
        for (int m = 0; m < items; m++) {
          if (m > 0) {
            array.append(',');
          }
          array.append(value(random, depth + 1));
        }
        yield array.append(']').toString();
      }
      case 2 -> "null";
      case 3 -> random.nextBoolean() ? "true" : "false";
      case 4 -> number(random);
      case 5 ->
          quoted(
              List.of(
                      "2026-11-28T08:30:00Z",
                      "2026-11-28T08:30:00+08:00",
                      "00000000-0000-0000-0000-000000000000",
                      "red",
                      "dark_blue",
                      "RED",
                      "",
                      "x")
                  .get(random.nextInt(8)));
      default -> quoted(text(random));
    };
  }

  static String number(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> Integer.toString(random.nextInt());
      case 1 -> Long.toString(random.nextLong());
      case 2 -> random.nextInt(100) + "." + random.nextInt(100);
      case 3 -> "1e" + random.nextInt(1_000_000_000);
      case 4 -> "-1e-" + random.nextInt(1_000_000_000);
      case 5 -> "9".repeat(1 + random.nextInt(2000));
      case 6 -> "-0";
      default -> Integer.toString(random.nextInt(10));
    };
  }

  static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int c =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0xd800 + random.nextInt(0x800);
            case 2 -> 0x4e00 + random.nextInt(100);
            default -> 'a' + random.nextInt(26);
          };
      text.appendCodePoint(c);
    }
    return text.toString();
  }

  static String quoted(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20) {
        q.append(String.format("\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }

  /** Now and then the bytes are broken: cut short, a byte flipped, brackets piled on. */
  static byte[] mangle(SplittableRandom random, byte[] body) {
    return switch (random.nextInt(12)) {
      case 0 -> java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
      case 1 -> {
        byte[] flipped = body.clone();
        if (flipped.length > 0) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        yield flipped;
      }
      case 2 ->
          ("{\"rules\":" + "[".repeat(random.nextInt(200)) + new String(body))
              .getBytes(StandardCharsets.UTF_8);
      default -> body;
    };
  }
}
