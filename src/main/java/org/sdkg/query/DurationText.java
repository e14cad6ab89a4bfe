package org.sdkg.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on the command line: {@code 60}, {@code 90s}, {@code 500ms}. */
public final class DurationText {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private DurationText() {}

  /**
   * Reads a number with an optional unit ({@code ms}, {@code s}, {@code m}, {@code h}; seconds when
   * none).
   *
   * @throws IllegalArgumentException with the expected form when {@code text} is not one
   */
  public static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write e.g. 60, 90s, 500ms or 5m");
    }
    BigDecimal millisPerUnit =
        switch (m.group(2) == null ? "s" : m.group(2)) {
          case "ms" -> BigDecimal.ONE;
          case "s" -> BigDecimal.valueOf(1_000);
          case "m" -> BigDecimal.valueOf(60_000);
          default -> BigDecimal.valueOf(3_600_000);
        };
    long millis = new BigDecimal(m.group(1)).multiply(millisPerUnit).longValue();
    if (millis <= 0) {
      throw new IllegalArgumentException("'" + text + "' is too short; give at least 1ms");
    }
    return Duration.ofMillis(millis);
  }

  /** {@code 60 s}, {@code 500 ms}, {@code 1.5 s}. */
  public static String format(Duration d) {
    long millis = d.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }
}
