package org.sdkg.extract;

/**
 * The sentence a fact was read from.
 *
 * @param text the sentence exactly as in the article text
 * @param start offset of its first character in {@code Article.text()}
 * @param end offset just past its last character
 * @param confidence how sure the rule that produced the fact is, in (0, 1]
 */
public record Evidence(String text, int start, int end, double confidence) {
  public Evidence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "evidence needs 0 <= start < end; got " + start + ", " + end);
    }
  }
}
