package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * Countries, multilateral bodies, agencies and topics from the gazetteer, plus phrases for partners
 * that are not named ("30 countries", "the international community"), "both countries", and project
 * counts.
 */
final class GazetteerMentionFinder implements MentionFinder {
  // Compiled once: String.matches compiles its pattern on every call, and this runs per token.
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("dozens", 0),
          Map.entry("hundreds", 0));

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  GazetteerMentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  @Override
  public void find(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); ) {
      int next = i + 1;
      TokenTrie.Match<Gazetteer.Entry> name = gazetteer.nameAt(tokens, i);
      int pair = lexicon.matchAt("pair-reference", tokens, i);
      int unnamed = lexicon.matchAt("unnamed-partners", tokens, i);
      int bodyReference = lexicon.matchAt("body-reference", tokens, i);
      if (name != null) {
        int end = i + name.length();
        int members = membersAfter(tokens, end);
        if (name.value().type() == MentionType.BODY && members > 0) {
          found.add(
              mention(sentence, MentionType.BODY, name.value().key(), i, end).withParty(false));
          found.add(mention(sentence, MentionType.UNNAMED, "", i, end + members));
          next = end + members;
        } else {
          found.add(mention(sentence, name.value().type(), name.value().key(), i, end));
          next = end;
        }
        if (name.value().type() == MentionType.BODY) {
          context.setLastBody(name.value().key());
        }
      } else if (combiningForm(tokens, i) != null) {
        found.add(mention(sentence, MentionType.COUNTRY, combiningForm(tokens, i), i, i + 1));
      } else if (bodyReference > 0 && context.lastBody() != null) {
        found.add(mention(sentence, MentionType.BODY, context.lastBody(), i, i + bodyReference));
        next = i + bodyReference;
      } else if (pair > 0) {
        found.add(mention(sentence, MentionType.PAIR_REFERENCE, "", i, i + pair));
        next = i + pair;
      } else if (unnamed > 0) {
        found.add(mention(sentence, MentionType.UNNAMED, "", i, i + unnamed));
        next = i + unnamed;
      } else if (isPartnerNoun(tokens, i)) {
        addQuantifiedPartners(sentence, i, found);
      } else if (isWord(tokens, i, "projects") && i > 0 && number(tokens.get(i - 1)) != null) {
        found.add(
            mention(
                sentence,
                MentionType.PROJECT_COUNT,
                number(tokens.get(i - 1)).toString(),
                i - 1,
                i + 1));
      }
      i = next;
    }
    findTopics(sentence, found);
  }

  private void findTopics(Sentence sentence, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); ) {
      TokenTrie.Match<Gazetteer.Entry> topic = gazetteer.topicAt(tokens, i);
      if (topic == null) {
        i++;
        continue;
      }
      found.add(mention(sentence, MentionType.TOPIC, topic.value().key(), i, i + topic.length()));
      i += topic.length();
    }
  }

  /** "Sino" in "Sino-African", "Franco" in "Franco-German": the country, or {@code null}. */
  private String combiningForm(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("-")) {
      return null;
    }
    String next = tokens.get(i + 2).text();
    boolean partner =
        gazetteer.nameAt(tokens, i + 2) != null
            || lexicon.isWord("region-word", next)
            || combiningValue(next) != null;
    return partner ? combiningValue(tokens.get(i).text()) : null;
  }

  private String combiningValue(String word) {
    for (Lexicon.Entry e : lexicon.section("combining-form")) {
      if (e.words().get(0).equals(word)) {
        return e.value();
      }
    }
    return null;
  }

  /** "member states" after a body: its members, not the body itself. */
  private static int membersAfter(List<Token> tokens, int i) {
    if (i < tokens.size() && isWord(tokens, i, "member")) {
      return i + 1 < tokens.size() && isPlural(tokens.get(i + 1)) ? 2 : 1;
    }
    if (isWord(tokens, i, "members")) {
      return 1;
    }
    return 0;
  }

  private static boolean isPlural(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("states") || w.equals("countries") || w.equals("nations");
  }

  private boolean isPartnerNoun(List<Token> tokens, int i) {
    return lexicon.isWord("partner-noun", tokens.get(i).text()) && !tokens.get(i).isCapitalised();
  }

  /** "30 countries", "other countries", "developing countries", "17 African nations". */
  private void addQuantifiedPartners(Sentence sentence, int noun, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    int start = noun;
    Integer count = null;
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      Token t = tokens.get(k);
      Integer n = number(t);
      if (n != null) {
        count = n;
        start = k;
        break;
      }
      if (lexicon.isWord("partner-quantifier", t.text())) {
        start = k;
      } else {
        break;
      }
    }
    if (start == noun) {
      return;
    }
    boolean alreadyFound = found.stream().anyMatch(m -> m.overlaps(noun, noun + 1));
    if (!alreadyFound) {
      String key = count == null || count == 0 ? "" : count.toString();
      found.add(mention(sentence, MentionType.UNNAMED, key, start, noun + 1));
    }
  }

  static Integer number(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT).replace(",", "");
    if (SMALL_NUMBER.matcher(w).matches()) {
      return Integer.valueOf(w);
    }
    return NUMBER_WORDS.get(w);
  }

  private static boolean isWord(List<Token> tokens, int i, String word) {
    return i >= 0 && i < tokens.size() && tokens.get(i).text().equalsIgnoreCase(word);
  }

  static Mention mention(Sentence s, MentionType type, String key, int from, int to) {
    return new Mention(type, key, from, to, s.span(from, to), true);
  }
}
