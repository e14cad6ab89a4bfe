package org.sdkg.nlp;

/**
 * One token with its universal POS tag.
 *
 * @param text the token as in the text
 * @param start offset of its first character in the article text
 * @param end offset just past its last character
 * @param pos UD universal POS tag (PROPN, NOUN, VERB, ...), or {@code ""} when not tagged
 */
public record Token(String text, int start, int end, String pos) {

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
