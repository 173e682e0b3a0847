package org.newsrelay.story;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Charikar's SimHash over words: near-identical copy gets fingerprints a few bits apart, so the
 * same story from two wires, or edited lightly, is found by Hamming distance.
 */
public final class SimHash {
  /** At or under this many differing bits (of 64), two stories are the same story. */
  public static final int SAME_STORY_BITS = 8;

  private SimHash() {}

  /** Fingerprint of already normalised tokens (one script, folded width and case). */
  public static long of(List<String> tokens) {
    if (tokens.isEmpty()) {
      return 0L;
    }
    int[] weights = new int[64];
    // Single words: a light edit changes few of them, where it would change twice as many pairs.
    for (String token : tokens) {
      long hash = hash64(token);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** FNV-1a with a final avalanche: a well-spread 64-bit hash of a word. */
  static long hash64(String s) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    // FNV's low bits mix poorly for short keys; a final avalanche (from MurmurHash3) spreads them.
    return MinHash.mix(hash);
  }
}
