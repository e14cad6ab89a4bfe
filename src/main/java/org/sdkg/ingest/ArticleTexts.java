package org.sdkg.ingest;

import java.net.URI;
import java.net.URISyntaxException;
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
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\S.*)?");

  private ArticleTexts() {}

  /**
   * A stable identifier of an article's content: the first 16 hex digits of its SHA-256. Line ends
   * are normalised first, so a copy saved with Windows line ends is recognised as the same article.
   */
  public static String contentId(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String normalised = content.replace("\r\n", "\n");
      byte[] hash = digest.digest(normalised.getBytes(StandardCharsets.UTF_8));
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
      TextSpan line = trimmed(text, lineStart, newline < 0 ? text.length() : newline);
      if (line.length() == 0) {
        if (paragraphStart >= 0) {
          spans.add(new TextSpan(paragraphStart, lastContentEnd));
          paragraphStart = -1;
        }
      } else {
        if (paragraphStart < 0) {
          paragraphStart = line.start();
        }
        lastContentEnd = line.end();
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
   * Each non-blank line of {@code text} as one span, trimmed; for texts that separate paragraphs by
   * single line breaks.
   */
  public static List<TextSpan> lines(String text) {
    List<TextSpan> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      TextSpan span = trimmed(text, lineStart, lineEnd);
      if (span.length() > 0) {
        spans.add(span);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return spans;
  }

  /** The span {@code [start, end)} of {@code text} without surrounding whitespace. */
  public static TextSpan trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(start, end);
  }

  /**
   * Like {@link #checkedDate} but also accepts a date with a time after it ({@code
   * 2021-12-19T08:30:00+08:00}, {@code 2021-12-19 08:30}), as HTML meta tags, front matter and
   * feeds often carry; the calendar date as written is kept and the time dropped.
   */
  public static LocalDate checkedDateTime(String value, int line, LocalDate today)
      throws BadArticleException {
    Matcher m = ISO_DATE_TIME.matcher(value);
    return checkedDate(m.matches() ? m.group(1) : value, line, today);
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

  /**
   * {@code s} with every control character other than tab, line feed and carriage return, each
   * noncharacter U+FFFE and U+FFFF, and each unpaired surrogate replaced by a space. They carry no
   * text, glue words together for the tokenizer ("France\u0007" is no country), and XML (RDF/XML
   * dumps, the Fuseki UI) cannot hold them. One character replaces one, so offsets into the result
   * are still offsets into the file.
   */
  public static String withoutControlCharacters(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnwanted(s, i, c)) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = ' ';
      } else if (Character.isHighSurrogate(c)) {
        i++; // its low surrogate, checked by isUnwanted
      }
    }
    return chars == null ? s : new String(chars);
  }

  private static boolean isUnwanted(String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return true; // a low surrogate after its high one is skipped by the caller
    }
    return c == '\uFFFE'
        || c == '\uFFFF'
        || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }

  /**
   * Whether {@code value} is an absolute {@code http} or {@code https} address that is also a valid
   * IRI (no spaces, angle brackets or braces), so it can name the article's page in RDF.
   */
  public static boolean isAbsoluteHttp(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getRawAuthority() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The optional {@code url} field of a format that states it explicitly, checked.
   *
   * @param line the line the field is on, for the error
   */
  public static String checkedUrl(String value, int line) throws BadArticleException {
    value = value.strip();
    if (!isAbsoluteHttp(value)) {
      throw new BadArticleException(
          line,
          "url \""
              + abbreviate(value)
              + "\" is not an absolute http(s) address; write one like"
              + " https://example.org/1 or drop it");
    }
    return value;
  }

  /**
   * Rejects a text whose lines end in carriage returns alone (classic Mac OS): the line-based
   * formats would see one long line and report a misleading error about it.
   */
  public static void checkLineEnds(String content) throws BadArticleException {
    int cr = content.indexOf('\r');
    if (cr >= 0 && content.indexOf('\n') < 0 && !content.substring(cr).isBlank()) {
      throw new BadArticleException(
          "has carriage returns (CR) but no line feeds (LF) as line ends; convert them,"
              + " e.g. with: tr '\\r' '\\n'");
    }
  }

  /** {@code s} cut to 60 characters, for quoting user input in a one-line message. */
  public static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
