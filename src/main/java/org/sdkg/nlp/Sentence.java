package org.sdkg.nlp;

import java.util.List;

/**
 * One sentence of an article with its tokens.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param text the sentence exactly as in the article text
 * @param start offset of its first character in the article text
 * @param end offset just past its last character
 * @param tokens its tokens, in order
 */
public record Sentence(
    int index, int paragraph, String text, int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence text from token {@code from} (inclusive) to token {@code to} (exclusive). */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
