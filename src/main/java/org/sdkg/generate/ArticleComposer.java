package org.sdkg.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes one article from its cast: a lead paragraph stating the main relation, then paragraphs of
 * quotes, project details, aid, member lists, status cues and noise in a random order, until the
 * body reaches its drawn length.
 */
final class ArticleComposer {
  /** Fewest and most body words to aim for; the last sentence may overshoot by its length. */
  static final int MIN_TARGET_WORDS = 420;

  static final int MAX_TARGET_WORDS = 700;

  /** Paragraph kinds after the lead, as often as they appear here (noise is common in news). */
  private static final List<String> PARAGRAPH_KINDS =
      List.of(
          "quote",
          "quote",
          "project",
          "project",
          "aid",
          "multilateral",
          "proposed",
          "suspended",
          "ended",
          "background",
          "background",
          "noise",
          "noise",
          "noise");

  private final Templates templates;

  ArticleComposer(Templates templates) {
    this.templates = templates;
  }

  /** The article in the seed format: {@code date YYYY-MM-DD Title}, blank line, paragraphs. */
  String compose(Cast cast, RandomGenerator random) {
    TemplateFiller filler = new TemplateFiller(cast, templates, random);
    Set<String> used = new HashSet<>();
    int target = MIN_TARGET_WORDS + random.nextInt(MAX_TARGET_WORDS - MIN_TARGET_WORDS + 1);
    List<String> paragraphs = new ArrayList<>();
    int words = 0;
    String kind = "lead";
    while (words < target) {
      int sentences = kind.equals("noise") ? 2 + random.nextInt(3) : 1 + random.nextInt(3);
      List<String> paragraph = new ArrayList<>();
      for (int s = 0; s < sentences && words < target; s++) {
        String sentence = filler.fill(unusedTemplate(kind, used, random));
        paragraph.add(sentence);
        words += wordCount(sentence);
      }
      paragraphs.add(String.join(" ", paragraph));
      kind = PARAGRAPH_KINDS.get(random.nextInt(PARAGRAPH_KINDS.size()));
    }
    String title = filler.fill(templates.pick("title", random));
    return "date "
        + cast.published()
        + " "
        + title
        + "\n\n"
        + String.join("\n\n", paragraphs)
        + "\n";
  }

  /**
   * A template of the section not yet used in this article; a noise sentence once the section is
   * used up, and a repeat only when noise is used up too.
   */
  private String unusedTemplate(String section, Set<String> used, RandomGenerator random) {
    for (String candidateSection : List.of(section, "noise")) {
      List<String> unused =
          templates.section(candidateSection).stream().filter(t -> !used.contains(t)).toList();
      if (!unused.isEmpty()) {
        String template = unused.get(random.nextInt(unused.size()));
        used.add(template);
        return template;
      }
    }
    return templates.pick(section, random);
  }

  static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
