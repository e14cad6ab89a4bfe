package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * Who says a sentence: the person next to its reporting verb ("Qin said", "said Qin"), or, for "he
 * said" and "the ambassador said", the last speaker or the person with that role. Also records the
 * sentence's quote or reported claim as a {@link Statement}.
 */
final class Speakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”");

  private final Lexicon lexicon;

  Speakers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentence's speaker (also remembered as the last speaker), or {@code null}. */
  String find(Sentence sentence, List<Mention> mentions, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int n = lexicon.matchAt("reporting", tokens, i);
      if (n == 0 || tokens.get(i).text().equalsIgnoreCase("according")) {
        continue;
      }
      String speaker = speakerAround(tokens, mentions, context, i, i + n);
      if (speaker != null) {
        context.setLastSpeaker(speaker);
        addStatement(sentence, speaker, i + n, context);
        return speaker;
      }
    }
    if (tokens.stream().anyMatch(t -> QUOTES.contains(t.text())) && context.lastSpeaker() != null) {
      addStatement(sentence, context.lastSpeaker(), 0, context);
    }
    return null;
  }

  private String speakerAround(
      List<Token> tokens, List<Mention> mentions, ArticleContext context, int verb, int after) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON && (m.from() == after || between(tokens, m.to(), verb))) {
        return m.key();
      }
    }
    for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w)) {
        return context.lastSpeaker();
      }
      if (lexicon.isWord("role", w) && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("the")) {
        String byRole = context.personWithRole(w);
        return byRole != null ? byRole : context.lastSpeaker();
      }
    }
    return null;
  }

  /**
   * Whether only auxiliaries and adverbs stand between a name ending at {@code end} and the verb.
   */
  private static boolean between(List<Token> tokens, int end, int verb) {
    if (end > verb || verb - end > 2) {
      return false;
    }
    for (int k = end; k < verb; k++) {
      String pos = tokens.get(k).pos();
      if (!pos.equals("AUX") && !pos.equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  private static void addStatement(
      Sentence sentence, String speaker, int from, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    int open = -1;
    int close = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (QUOTES.contains(tokens.get(i).text())) {
        if (open < 0) {
          open = i;
        } else {
          close = i;
        }
      }
    }
    String text;
    if (open >= 0) {
      int end = close > open ? close : tokens.size();
      text = sentence.span(open + 1, end);
    } else {
      text = sentence.span(from, tokens.size());
    }
    text = text.strip();
    if (text.length() > 3) {
      context.addStatement(new Statement(speaker, text, sentence.start(), sentence.end()));
    }
  }
}
