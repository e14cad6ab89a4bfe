package org.sdkg.extract;

import java.util.Locale;

/** Where a relation stands as the article reports it. */
public enum Status {
  ACTIVE,
  PROPOSED,
  SUSPENDED,
  ENDED;

  /** The lower-case code used in the gold files ({@code active}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
