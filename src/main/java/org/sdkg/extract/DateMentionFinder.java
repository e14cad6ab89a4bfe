package org.sdkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * Dates, absolute ("Oct. 2, 2021", "30 May 2002", "December 2021", "2021") and relative to the
 * publication date ("Friday night", "today", "last month", "next year"), as ISO keys of day, month
 * or year precision.
 */
final class DateMentionFinder implements MentionFinder {
  // Compiled once: String.matches compiles its pattern on every call, and these run per token.
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern DAY_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern YEAR_DIGITS = Pattern.compile("(19|20)\\d\\d");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  @Override
  public void find(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    LocalDate published = context.published();
    for (int i = 0; i < tokens.size(); ) {
      int[] end = new int[1];
      String key = dateAt(tokens, i, published, end);
      if (key == null) {
        i++;
        continue;
      }
      found.add(new Mention(MentionType.DATE, key, i, end[0], sentence.span(i, end[0]), true));
      i = end[0];
    }
  }

  private static String dateAt(List<Token> tokens, int i, LocalDate published, int[] end) {
    Token t = tokens.get(i);
    Integer month = t.isCapitalised() ? MONTHS.get(word(t)) : null;
    if (month != null && !(word(t).equals("may") && !followedByNumber(tokens, i))) {
      return monthDate(tokens, i, month, published, end);
    }
    Integer day = dayNumber(t);
    if (day != null && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()) {
      Integer m = MONTHS.get(word(tokens.get(i + 1)));
      Integer year = i + 2 < tokens.size() ? year(tokens.get(i + 2)) : null;
      if (m != null && year != null && valid(year, m, day)) {
        end[0] = i + 3;
        return LocalDate.of(year, m, day).toString();
      }
    }
    Integer year = year(t);
    if (year != null) {
      end[0] = i + 1;
      return String.format(Locale.ROOT, "%04d", year);
    }
    return relative(tokens, i, published, end);
  }

  private static String monthDate(
      List<Token> tokens, int i, int month, LocalDate published, int[] end) {
    int k = i + 1;
    if (k < tokens.size() && tokens.get(k).text().equals(".")) {
      k++;
    }
    Integer day = k < tokens.size() ? dayNumber(tokens.get(k)) : null;
    if (day != null) {
      int y = k + 1;
      if (y < tokens.size() && tokens.get(y).text().equals(",")) {
        y++;
      }
      Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
      if (year != null && valid(year, month, day)) {
        end[0] = y + 1;
        return LocalDate.of(year, month, day).toString();
      }
      int guess = published.getYear();
      if (valid(guess, month, day)) {
        LocalDate date = LocalDate.of(guess, month, day);
        end[0] = k + 1;
        return (date.isAfter(published) ? date.minusYears(1) : date).toString();
      }
      return null;
    }
    Integer year = k < tokens.size() ? year(tokens.get(k)) : null;
    if (year != null) {
      end[0] = k + 1;
      return YearMonth.of(year, month).toString();
    }
    return null;
  }

  private static String relative(List<Token> tokens, int i, LocalDate published, int[] end) {
    String w = word(tokens.get(i));
    end[0] = i + 1;
    switch (w) {
      case "today", "tonight" -> {
        return published.toString();
      }
      case "yesterday" -> {
        return published.minusDays(1).toString();
      }
      default -> {}
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (tokens.get(i).isCapitalised() && d.name().toLowerCase(Locale.ROOT).equals(w)) {
        int back = (published.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        return published.minusDays(back).toString();
      }
    }
    if (i + 1 < tokens.size() && (w.equals("last") || w.equals("next") || w.equals("this"))) {
      String unit = word(tokens.get(i + 1));
      int step = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
      end[0] = i + 2;
      if (unit.equals("year")) {
        return Integer.toString(published.getYear() + step);
      }
      if (unit.equals("month")) {
        return YearMonth.from(published).plusMonths(step).toString();
      }
    }
    return null;
  }

  private static boolean followedByNumber(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && DIGITS.matcher(tokens.get(i + 1).text()).matches();
  }

  private static Integer dayNumber(Token t) {
    String w = t.text();
    if (DAY_DIGITS.matcher(w).matches()) {
      int d = Integer.parseInt(w);
      return d >= 1 && d <= 31 ? d : null;
    }
    return null;
  }

  private static Integer year(Token t) {
    String w = t.text();
    if (YEAR_DIGITS.matcher(w).matches()) {
      return Integer.parseInt(w);
    }
    return null;
  }

  private static boolean valid(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  private static String word(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
