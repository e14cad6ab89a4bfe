package org.sdkg.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token with its universal POS tag.
 *
 * <p>The tag may be computed on first use: {@link OpenNlpAnalyzer#analyseTaggingOnDemand} gives
 * tokens that share their sentence's lazily computed tags, and the first {@link #pos()} of any of
 * them tags the whole sentence (the tagger needs the whole sentence, so a tag never depends on
 * which token asked first). Everything else about a token is known without tagging.
 */
public final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final String pos;
  private final SentenceTags tags;
  private final int index;
  private String lowerCase;

  /**
   * A token with a known tag.
   *
   * @param text the token as in the text
   * @param start offset of its first character in the article text
   * @param end offset just past its last character
   * @param pos UD universal POS tag (PROPN, NOUN, VERB, ...), or {@code ""} when not tagged
   */
  public Token(String text, int start, int end, String pos) {
    this(text, start, end, Objects.requireNonNull(pos), null, -1);
  }

  /** A token whose tag is the {@code index}-th of its sentence's tags, computed when first read. */
  Token(String text, int start, int end, SentenceTags tags, int index) {
    this(text, start, end, null, tags, index);
  }

  private Token(String text, int start, int end, String pos, SentenceTags tags, int index) {
    this.text = Objects.requireNonNull(text);
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.tags = tags;
    this.index = index;
  }

  public String text() {
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The UD universal POS tag; tags the token's sentence if that has not been done yet. */
  public String pos() {
    return pos != null ? pos : tags.tag(index);
  }

  /** The text in lower case (root locale), computed once: cue-word lookups ask for it often. */
  public String lowerCaseText() {
    String lower = lowerCase;
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
      lowerCase = lower;
    }
    return lower;
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && start == t.start
        && end == t.end
        && text.equals(t.text)
        && pos().equals(t.pos());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, start, end, pos());
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", start=" + start + ", end=" + end + ", pos=" + pos() + "]";
  }
}
