package org.newsrelay.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable phrase table converted by forward maximum matching: at each position the longest key
 * wins. Keys are matched as UTF-16 units; a supplementary character is simply a two-unit key, so a
 * match can never end between the halves of a surrogate pair.
 */
final class PhraseTrie {
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    String value;

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }
  }

  private final Node[] roots = new Node[Character.MAX_VALUE + 1];
  private final int size;

  /** Later entries of {@code entries} have already overridden earlier ones (a plain map). */
  PhraseTrie(Map<String, String> entries) {
    Map<Node, Map<Character, Node>> building = new HashMap<>();
    int count = 0;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String key = e.getKey();
      if (key.isEmpty()) {
        continue;
      }
      Node node = roots[key.charAt(0)];
      if (node == null) {
        node = roots[key.charAt(0)] = new Node();
      }
      for (int i = 1; i < key.length(); i++) {
        node =
            building
                .computeIfAbsent(node, n -> new HashMap<>())
                .computeIfAbsent(key.charAt(i), c -> new Node());
      }
      node.value = e.getValue();
      count++;
    }
    for (Map.Entry<Node, Map<Character, Node>> e : building.entrySet()) {
      Node node = e.getKey();
      Character[] cs = e.getValue().keySet().toArray(new Character[0]);
      Arrays.sort(cs);
      node.keys = new char[cs.length];
      node.children = new Node[cs.length];
      for (int i = 0; i < cs.length; i++) {
        node.keys[i] = cs[i];
        node.children[i] = e.getValue().get(cs[i]);
      }
    }
    this.size = count;
  }

  int size() {
    return size;
  }

  /** Length of the longest key starting at {@code from}, or 0; its value via {@link #valueAt}. */
  int matchLength(CharSequence text, int from) {
    Node node = roots[text.charAt(from)];
    int best = 0;
    int i = from;
    while (node != null) {
      i++;
      if (node.value != null) {
        best = i - from;
      }
      if (i >= text.length()) {
        break;
      }
      node = node.child(text.charAt(i));
    }
    return best;
  }

  String valueAt(CharSequence text, int from, int length) {
    Node node = roots[text.charAt(from)];
    for (int i = from + 1; i < from + length; i++) {
      node = node.child(text.charAt(i));
    }
    return node.value;
  }

  String get(String key) {
    if (key.isEmpty()) {
      return null;
    }
    return matchLength(key, 0) == key.length() ? valueAt(key, 0, key.length()) : null;
  }

  String convert(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    convertInto(text, 0, text.length(), out);
    return out.toString();
  }

  void convertInto(CharSequence text, int from, int to, StringBuilder out) {
    convertInto(text, from, to, out, null);
  }

  /**
   * Converts with an {@link ContextRule} consulted first at every position whose character it
   * claims, so that a rule about context (a surname, say) can win over the dictionary.
   */
  void convertInto(CharSequence text, int from, int to, StringBuilder out, ContextRule rule) {
    int i = from;
    while (i < to) {
      if (rule != null && rule.claims(text.charAt(i))) {
        int consumed = rule.apply(text, i, out);
        if (consumed > 0) {
          i += consumed;
          continue;
        }
      }
      Node node = roots[text.charAt(i)];
      if (node == null) {
        out.append(text.charAt(i++));
        continue;
      }
      String best = null;
      int bestEnd = i;
      int j = i;
      while (node != null) {
        j++;
        if (node.value != null) {
          best = node.value;
          bestEnd = j;
        }
        if (j >= to) {
          break;
        }
        node = node.child(text.charAt(j));
      }
      if (best == null) {
        out.append(text.charAt(i++));
      } else {
        out.append(best);
        i = bestEnd;
      }
    }
  }

  /** A context rule that may convert a span itself before the dictionary is asked. */
  interface ContextRule {
    boolean claims(char c);

    /** Appends the conversion of the span at {@code at} and returns its length, or returns 0. */
    int apply(CharSequence text, int at, StringBuilder out);
  }
}
