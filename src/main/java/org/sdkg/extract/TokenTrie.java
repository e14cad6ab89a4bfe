package org.sdkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sdkg.nlp.Token;
import org.sdkg.nlp.TokenRefiner;

/**
 * A dictionary of multi-word names over tokens, finding the longest name that starts at a token.
 * Built once, then read-only, so one instance serves all threads.
 *
 * @param <V> what a name stands for
 */
final class TokenTrie<V> {
  private final Node<V> root = new Node<>();
  private final boolean ignoreCase;

  /** A match: the value and how many tokens it covers. */
  record Match<V>(V value, int length) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  TokenTrie(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** Adds a name, tokenised as text is; an existing name keeps its first value. */
  void add(String name, V value) {
    List<String> words = TokenRefiner.pieces(name);
    if (words.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(key(w), k -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
  }

  /** The longest name starting at token {@code i}, or {@code null}. */
  Match<V> longestAt(List<Token> tokens, int i) {
    return longestAt(tokens, i, Token::text);
  }

  Match<V> longestAt(List<Token> tokens, int i, Function<Token, String> text) {
    Node<V> node = root;
    Match<V> best = null;
    for (int k = i; k < tokens.size(); k++) {
      node = node.next.get(key(text.apply(tokens.get(k))));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, k - i + 1);
      }
    }
    return best;
  }

  private String key(String word) {
    return ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
  }
}
