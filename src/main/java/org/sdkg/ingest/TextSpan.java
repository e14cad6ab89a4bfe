package org.sdkg.ingest;

/** A half-open character range {@code [start, end)} into an article's text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The characters this span covers in {@code text}. */
  public String slice(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public int length() {
    return end - start;
  }
}
