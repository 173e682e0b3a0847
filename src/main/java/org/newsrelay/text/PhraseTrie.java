package org.newsrelay.text;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable phrase table read by longest match, as OpenCC's prefix matcher reads its own: from a
 * position, the longest key that starts there wins. Keys are matched as UTF-16 units; a
 * supplementary character is simply a two-unit key, so a match can never end between the halves of
 * a surrogate pair.
 *
 * <p>Built straight into sorted child arrays (no intermediate maps): the tables are loaded on the
 * first conversion, and the 50,000 phrases of STPhrases must not cost a cold JVM much.
 */
final class PhraseTrie {
  /** A key's last node: the value and the key's length, so a match needs no second walk. */
  static final class Node {
    private char[] keys;
    private Node[] children;
    private int count;
    String value;
    int length;

    Node child(char c) {
      if (count == 0) {
        return null;
      }
      int i = Arrays.binarySearch(keys, 0, count, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrNew(char c, int depth) {
      int i = keys == null ? -1 : Arrays.binarySearch(keys, 0, count, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      if (keys == null) {
        keys = new char[2];
        children = new Node[2];
      } else if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
        children = Arrays.copyOf(children, count * 2);
      }
      System.arraycopy(keys, at, keys, at + 1, count - at);
      System.arraycopy(children, at, children, at + 1, count - at);
      Node node = new Node();
      node.length = depth;
      keys[at] = c;
      children[at] = node;
      count++;
      return node;
    }
  }

  private final Node[] roots = new Node[Character.MAX_VALUE + 1];
  private int size;
  private int longestKey;

  /** An empty table, filled with {@link #putIfAbsent} or {@link #put}. */
  PhraseTrie() {}

  /** A table holding exactly {@code entries}. */
  PhraseTrie(Map<String, String> entries) {
    entries.forEach(this::put);
  }

  /** Adds or replaces an entry (used only while a table is built, before it is shared). */
  void put(String key, String value) {
    Node node = nodeFor(key);
    if (node != null) {
      if (node.value == null) {
        size++;
      }
      node.value = value;
    }
  }

  /**
   * Adds an entry unless the key is there already: the first table of a union wins, as in OpenCC.
   */
  void putIfAbsent(String key, String value) {
    Node node = nodeFor(key);
    if (node != null && node.value == null) {
      size++;
      node.value = value;
    }
  }

  private Node nodeFor(String key) {
    if (key.isEmpty()) {
      return null;
    }
    longestKey = Math.max(longestKey, key.length());
    char first = key.charAt(0);
    Node node = roots[first];
    if (node == null) {
      node = roots[first] = new Node();
      node.length = 1;
    }
    for (int i = 1; i < key.length(); i++) {
      node = node.childOrNew(key.charAt(i), i + 1);
    }
    return node;
  }

  int size() {
    return size;
  }

  /** Whether some key starts with {@code c}. */
  boolean startsAny(char c) {
    return roots[c] != null;
  }

  /** The longest key in {@code text[from, to)} starting at {@code from}, or null. */
  Node longest(CharSequence text, int from, int to) {
    Node node = roots[text.charAt(from)];
    Node best = null;
    int i = from;
    while (node != null) {
      if (node.value != null) {
        best = node;
      }
      if (++i >= to) {
        break;
      }
      node = node.child(text.charAt(i));
    }
    return best;
  }

  int longestKey() {
    return longestKey;
  }

  /**
   * Every key in {@code text[from, to)} starting at {@code from}, shortest first, into {@code
   * found} (at least {@link #longestKey()} long); returns how many.
   */
  int allMatches(CharSequence text, int from, int to, Node[] found) {
    Node node = roots[text.charAt(from)];
    int count = 0;
    int i = from;
    while (node != null) {
      if (node.value != null) {
        found[count++] = node;
      }
      if (++i >= to) {
        break;
      }
      node = node.child(text.charAt(i));
    }
    return count;
  }

  String get(String key) {
    if (key.isEmpty()) {
      return null;
    }
    Node node = longest(key, 0, key.length());
    return node != null && node.length == key.length() ? node.value : null;
  }

  /** Converts the whole text by longest match with this table alone. */
  String convert(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      Node node = longest(text, i, text.length());
      if (node == null) {
        out.append(text.charAt(i++));
      } else {
        out.append(node.value);
        i += node.length;
      }
    }
    return out.toString();
  }

  /** Every entry, for deriving other tables (reverse, regional keys); not used while converting. */
  void forEach(java.util.function.BiConsumer<String, String> action) {
    StringBuilder key = new StringBuilder();
    for (int c = 0; c < roots.length; c++) {
      if (roots[c] != null) {
        key.setLength(0);
        key.append((char) c);
        walk(roots[c], key, action);
      }
    }
  }

  private static void walk(
      Node node, StringBuilder key, java.util.function.BiConsumer<String, String> action) {
    if (node.value != null) {
      action.accept(key.toString(), node.value);
    }
    for (int i = 0; i < node.count; i++) {
      key.append(node.keys[i]);
      walk(node.children[i], key, action);
      key.setLength(key.length() - 1);
    }
  }
}
