package org.sdkg.extract;

/**
 * Placeholder from the {@code graph} branch so the build command compiles before the lead's
 * extractor lands; the lead's {@code Extractors} replaces this file at merge.
 */
public final class Extractors {
  private Extractors() {}

  /** A fresh extractor for the calling thread. */
  public static Extractor newExtractor() {
    throw new UnsupportedOperationException(
        "the extractor is not merged into this branch yet (graph-branch placeholder)");
  }
}
