package org.sdkg.nlp;

import java.util.List;

/**
 * The POS tags of one sentence's tokens, computed the first time one is read. Belongs to the {@link
 * OpenNlpAnalyzer} that made the sentence, so it is read by that analyser's thread only.
 */
final class SentenceTags {
  private final OpenNlpAnalyzer analyzer;
  private final String[] words;
  private final int[] starts;
  private final int tokenCount;
  private String[] tags;

  /**
   * @param words the tokenizer's words, which the tagger sees
   * @param starts where each word starts in the article text
   * @param tokenCount how many tokens refining the words gives
   */
  SentenceTags(OpenNlpAnalyzer analyzer, String[] words, int[] starts, int tokenCount) {
    this.analyzer = analyzer;
    this.words = words;
    this.starts = starts;
    this.tokenCount = tokenCount;
  }

  /** The tag of the {@code index}-th refined token. */
  String tag(int index) {
    if (tags == null) {
      tags = refinedTags();
    }
    return tags[index];
  }

  /**
   * The words tagged and refined exactly as an eagerly tagged sentence's are: refining splits a
   * word the same way whatever its tag, so the pieces line up with the untagged ones.
   */
  private String[] refinedTags() {
    String[] wordTags = analyzer.tag(words);
    String[] out = new String[tokenCount];
    int k = 0;
    for (int i = 0; i < words.length; i++) {
      for (Token piece : refine(i, wordTags[i])) {
        out[k++] = piece.pos();
      }
    }
    return out;
  }

  /** The refined pieces of word {@code i}, given its tag ({@code ""} before tagging). */
  private List<Token> refine(int i, String tag) {
    return TokenRefiner.refine(new Token(words[i], starts[i], starts[i] + words[i].length(), tag));
  }
}
