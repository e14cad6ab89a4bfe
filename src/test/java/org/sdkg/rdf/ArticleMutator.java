package org.sdkg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.sdkg.ontology.Countries;

/**
 * Makes random and mutated articles for the fuzz test, all from one {@link Random}, so a seed
 * always gives the same file. Mutations are what real inputs do wrong: text cut anywhere (even
 * inside a surrogate pair), pieces duplicated, sentences shuffled, odd characters inserted
 * (control, format and private characters, lone surrogates, other scripts, emoji, markup and query
 * syntax), long lists of countries with cooperation words.
 */
final class ArticleMutator {
  /** Characters and strings real files carry that the pipeline must survive. */
  private static final List<String> ODD =
      List.of(
          "\u0000",
          "\u0001",
          "\u0007",
          "\b",
          "\u000B",
          "\f",
          "\u001B[0m",
          "\u007F",
          "\u0085",
          "\u009B",
          "\u00A0",
          "\u00AD",
          "\u200B",
          "\u200C",
          "\u200D",
          "\u200E",
          "\u200F",
          "\u202A",
          "\u202E",
          "\u2028",
          "\u2029",
          "\u2066",
          "\uFEFF",
          "\uFFFD",
          "\uFFFE",
          "\uFFFF",
          "\uD800",
          "\uDFFF",
          "\uDBFF\uDFFF",
          "🇫🇷",
          "👩‍🔬",
          "🚀",
          "中国",
          "日本とフランス",
          "한국",
          "مصر",
          "עברית",
          "e\u0301",
          "ﬁ",
          "Ｆｒａｎｃｅ",
          "\t",
          "\r",
          "\r\n",
          "\n",
          "\n\n",
          "\"",
          "“",
          "”",
          "'s",
          "’s",
          "-",
          "—",
          "…",
          ";",
          ":",
          ",",
          ".",
          "(",
          ")",
          "<http://x> ; } DROP ALL",
          "\"\"\"",
          "\\",
          "${jndi:ldap://x}",
          "%s%n",
          "<script>alert(1)</script>",
          "&amp;",
          "&#1;",
          "]]>",
          "@prefix x: <y> .",
          "Mr.",
          "U.S.");

  private static final List<String> TOPICS =
      List.of("climate", "space", "malaria", "nuclear", "ocean", "energy", "agriculture", "");

  private static final List<String> PREDICATES =
      List.of(
          "%s cooperate on %s research.",
          "%s signed an agreement on %s cooperation.",
          "%s will suspend %s cooperation.",
          "%s joined the International %s Project.",
          "%s said they hope to work together on %s.",
          "%s help each other with %s training.",
          "Delegations from %s discussed %s.");

  private final Random random;
  private final List<String> bases;
  private final List<String> countryNames;
  private final List<String> log = new ArrayList<>();

  /** A mutator drawing from {@code random} that mutates the article bodies {@code bases}. */
  ArticleMutator(Random random, List<String> bases) {
    this.random = random;
    this.bases = bases;
    this.countryNames =
        Countries.load().all().stream()
            .flatMap(c -> Stream.concat(Stream.of(c.name()), c.aliases().stream()))
            .toList();
  }

  /** What was done to make the last article, for the failure message. */
  List<String> log() {
    return List.copyOf(log);
  }

  /** The next article, written in one of the four formats as file {@code stem.EXT}. */
  FuzzFile next(String stem) {
    log.clear();
    String body = body();
    String title = oneLine(random.nextInt(4) == 0 ? insertOdd(pick(bases), 1) : pickTitle());
    LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000));
    int format = random.nextInt(20);
    String extension = format < 11 ? "txt" : format < 14 ? "md" : format < 17 ? "jsonl" : "html";
    log.add("format " + extension);
    return FuzzFile.of(stem, extension, date, title, body);
  }

  private String body() {
    String body;
    int kind = random.nextInt(10);
    if (kind == 0) {
      log.add("random code points");
      body = randomCodePoints(50 + random.nextInt(2_000));
    } else if (kind == 1) {
      log.add("word salad");
      body = wordSalad(20 + random.nextInt(600));
    } else {
      body = pick(bases);
    }
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      body = mutate(body);
    }
    return body;
  }

  private String mutate(String body) {
    switch (random.nextInt(7)) {
      case 0 -> {
        int from = random.nextInt(body.length() + 1);
        int to = Math.min(body.length(), from + random.nextInt(body.length() / 2 + 1));
        log.add("cut " + from + "-" + to);
        return body.substring(0, from) + body.substring(to);
      }
      case 1 -> {
        int from = random.nextInt(body.length() + 1);
        int to = Math.min(body.length(), from + random.nextInt(400));
        int at = random.nextInt(body.length() + 1);
        log.add("duplicate " + from + "-" + to + " at " + at);
        return body.substring(0, at) + body.substring(from, to) + body.substring(at);
      }
      case 2 -> {
        log.add("shuffle sentences");
        List<String> sentences = new ArrayList<>(List.of(body.split("(?<=[.!?])\\s+")));
        Collections.shuffle(sentences, random);
        return String.join(random.nextBoolean() ? " " : "\n\n", sentences);
      }
      case 3 -> {
        int n = 1 + random.nextInt(30);
        log.add("insert " + n + " odd characters");
        return insertOdd(body, n);
      }
      case 4 -> {
        String sentence = countrySentence();
        int at = sentenceBoundary(body);
        log.add("country list at " + at + ": " + abbreviate(sentence));
        return body.substring(0, at) + " " + sentence + " " + body.substring(at);
      }
      case 5 -> {
        int at = random.nextInt(body.length() + 1);
        log.add("truncate at " + at);
        return body.substring(0, at);
      }
      default -> {
        log.add("paragraph breaks");
        StringBuilder out = new StringBuilder(body);
        for (int i = 0; i < 5; i++) {
          out.insert(random.nextInt(out.length() + 1), random.nextBoolean() ? "\n\n" : "\n");
        }
        return out.toString();
      }
    }
  }

  /** A sentence naming 0 to 40 countries (aliases included) with a relation or none. */
  private String countrySentence() {
    int n = random.nextInt(41);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(countryNames.get(random.nextInt(countryNames.size())));
    }
    String list =
        names.isEmpty()
            ? "They"
            : names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    return String.format(pick(PREDICATES), list, pick(TOPICS));
  }

  private String insertOdd(String text, int n) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < n; i++) {
      out.insert(random.nextInt(out.length() + 1), pick(ODD));
    }
    return out.toString();
  }

  private String randomCodePoints(int n) {
    int[][] ranges = {
      {'a', 'z'},
      {'A', 'Z'},
      {' ', '~'},
      {0, 0x1F},
      {0x4E00, 0x4FFF},
      {0x0600, 0x06FF},
      {0x1F300, 0x1F6FF},
      {0x0300, 0x036F},
      {0xD800, 0xDFFF},
      {0xE000, 0xE0FF}
    };
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int[] range = ranges[random.nextInt(ranges.length)];
      int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        out.append((char) cp); // a lone surrogate, as a cut UTF-16 string has
      } else {
        out.appendCodePoint(cp);
      }
      if (random.nextInt(6) == 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private String wordSalad(int n) {
    String[] words = String.join(" ", bases).split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(words[random.nextInt(words.length)]).append(' ');
    }
    return out.toString().strip();
  }

  private int sentenceBoundary(String body) {
    List<Integer> ends = new ArrayList<>();
    ends.add(0);
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '.') {
        ends.add(i + 1);
      }
    }
    ends.add(body.length());
    return ends.get(random.nextInt(ends.size()));
  }

  private String pickTitle() {
    String base = pick(bases);
    int end = base.indexOf('.');
    return end > 0 && end < 200 ? base.substring(0, end) : abbreviate(base);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
    return line.isEmpty() ? "Untitled" : abbreviate(line);
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) : s;
  }
}
