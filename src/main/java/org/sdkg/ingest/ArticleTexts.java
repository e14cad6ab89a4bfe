package org.sdkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers shared by the article formats: content identifiers, paragraph spans, date checks. */
public final class ArticleTexts {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ArticleTexts() {}

  /** A stable identifier of an article's text: the first 16 hex digits of its SHA-256. */
  public static String contentId(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /**
   * Paragraphs of {@code text} from {@code from} on: runs of non-blank lines separated by blank
   * lines, each span trimmed of surrounding whitespace.
   */
  public static List<TextSpan> paragraphs(String text, int from) {
    List<TextSpan> spans = new ArrayList<>();
    int paragraphStart = -1;
    int lastContentEnd = -1;
    int lineStart = from;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int contentStart = lineStart;
      int contentEnd = lineEnd;
      while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
        contentStart++;
      }
      while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      if (contentStart == contentEnd) {
        if (paragraphStart >= 0) {
          spans.add(new TextSpan(paragraphStart, lastContentEnd));
          paragraphStart = -1;
        }
      } else {
        if (paragraphStart < 0) {
          paragraphStart = contentStart;
        }
        lastContentEnd = contentEnd;
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    if (paragraphStart >= 0) {
      spans.add(new TextSpan(paragraphStart, lastContentEnd));
    }
    return spans;
  }

  /**
   * Parses an ISO {@code YYYY-MM-DD} date and checks it is a real day, not after {@code today}.
   *
   * @param line the line the date is on, for the error
   */
  public static LocalDate checkedDate(String value, int line, LocalDate today)
      throws BadArticleException {
    Matcher m = ISO_DATE.matcher(value);
    if (!m.matches()) {
      throw new BadArticleException(
          line, "date \"" + value + "\" is not of the form YYYY-MM-DD; write it like 2021-12-19");
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new BadArticleException(
          line, "date " + value + " does not exist; correct the day or month");
    }
    if (date.isAfter(today)) {
      throw new BadArticleException(
          line, "date " + value + " is in the future (today is " + today + "); correct the date");
    }
    return date;
  }
}
