package org.sdkg.ingest;

/** A file that cannot be read as an article; the message says what is wrong and how to fix it. */
public class BadArticleException extends Exception {
  private final int line;

  public BadArticleException(String message) {
    this(0, message);
  }

  public BadArticleException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** 1-based line the problem is on, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
