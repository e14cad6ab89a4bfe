package org.sdkg.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.Topic;

/**
 * Fills the placeholders of a template from an article's {@link Cast}. Values that vary by nature
 * (topic labels, dates, numbers) are drawn afresh at each occurrence, so one article reads less
 * repetitively.
 */
final class TemplateFiller {
  private static final List<String> RELATIVE_DAYS =
      List.of(
          "on Monday",
          "on Tuesday",
          "on Wednesday",
          "on Thursday",
          "on Friday",
          "over the weekend",
          "last week",
          "earlier this week",
          "earlier this month",
          "late last month",
          "this week",
          "yesterday",
          "today");

  private static final Pattern PHRASE = Pattern.compile("[a-z][a-z -]{4,}");

  private final Cast cast;
  private final Templates templates;
  private final RandomGenerator random;

  TemplateFiller(Cast cast, Templates templates, RandomGenerator random) {
    this.cast = cast;
    this.templates = templates;
    this.random = random;
  }

  /** The template with every {@code {placeholder}} replaced and its first letter capitalised. */
  String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed placeholder in template: " + template);
      }
      out.append(template, i, open);
      out.append(value(template.substring(open + 1, close), template));
      i = close + 1;
    }
    if (out.length() > 0) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    return out.toString();
  }

  private String value(String placeholder, String template) {
    return switch (placeholder) {
      case "a" -> CountryWords.name(cast.a());
      case "b" -> CountryWords.name(cast.b());
      case "c" -> CountryWords.name(cast.c());
      case "a-adj" -> CountryWords.adjective(cast.a());
      case "b-adj" -> CountryWords.adjective(cast.b());
      case "topic" -> label(cast.topic());
      case "topic2" -> label(cast.topic2());
      case "project" -> cast.project();
      case "body" -> cast.body();
      case "speaker-a" -> cast.speakerA().name();
      case "role-a" -> cast.speakerA().role();
      case "last-a" -> cast.speakerA().lastName();
      case "speaker-b" -> cast.speakerB().name();
      case "role-b" -> cast.speakerB().role();
      case "last-b" -> cast.speakerB().lastName();
      case "date" -> "on " + absoluteDate();
      case "when" -> random.nextInt(4) == 0 ? "on " + absoluteDate() : pick(RELATIVE_DAYS);
      case "year" -> Integer.toString(cast.published().getYear() - random.nextInt(12));
      case "month" -> monthName(Month.of(1 + random.nextInt(12)));
      case "n" -> Integer.toString(2 + random.nextInt(39));
      case "m" -> Integer.toString(1 + random.nextInt(250));
      case "members" -> members();
      case "venue" -> templates.pick("venue", random);
      default ->
          throw new IllegalStateException(
              "unknown placeholder {" + placeholder + "} in template: " + template);
    };
  }

  /**
   * The preferred label half the time, else another label that reads as a phrase (the scheme's
   * abbreviations such as "iss" or "cop26" would look odd in running text).
   */
  private String label(Topic topic) {
    List<String> phrases =
        topic.labels().stream().filter(l -> PHRASE.matcher(l).matches()).toList();
    return random.nextBoolean() || phrases.isEmpty()
        ? topic.prefLabel()
        : phrases.get(random.nextInt(phrases.size()));
  }

  /** A day within the year before publication, "March 3, 2019". */
  private String absoluteDate() {
    LocalDate day = cast.published().minusDays(1 + random.nextInt(365));
    return monthName(day.getMonth()) + " " + day.getDayOfMonth() + ", " + day.getYear();
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "Peru, Kenya and Viet Nam". */
  private String members() {
    List<Country> members = cast.members();
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < members.size(); k++) {
      if (k > 0) {
        out.append(k == members.size() - 1 ? " and " : ", ");
      }
      out.append(CountryWords.name(members.get(k)));
    }
    return out.toString();
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
