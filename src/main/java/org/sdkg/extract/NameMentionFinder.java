package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * People, organisations and projects from runs of capitalised words: the last head word decides
 * (Ministry, Agency, Embassy → organisation; Station, Initiative, Accords → project), titles and
 * roles around a name make it a person, and "Name (ACR)" defines an acronym for later sentences.
 * Countries inside an organisation's or a role's words are marked as not being parties.
 */
final class NameMentionFinder implements MentionFinder {
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "and", "&", "the", "on", "in", "de", "du", "al", "-", "'s", "’s");
  private static final Set<String> NOT_NAME_START =
      Set.of("DET", "ADP", "PRON", "SCONJ", "CCONJ", "AUX", "ADV", "PART", "PUNCT", "SYM", "NUM");

  private static final Set<String> DESCRIBING_TAGS = Set.of("NOUN", "ADJ", "PROPN");

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final PersonRoles roles;

  NameMentionFinder(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.roles = new PersonRoles(lexicon);
  }

  @Override
  public void find(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    findDescribedEntities(sentence, context, found);
    if (mayHoldEntityName(tokens)) {
      for (int[] run : runs(tokens, dateTokens(found, tokens.size()))) {
        classifyRun(sentence, context, run[0], run[1], found);
      }
    }
    findKnownNames(sentence, context, found);
    roles.findPeople(sentence, context, found);
  }

  /**
   * Whether some run of names could be an entity, judged without POS tags: {@link #classifyRun}
   * needs a capitalised head word inside the run, a lower-case project head word right after its
   * last (capitalised) word, or "is a/an/the" and a project head word after it. Only where runs
   * begin depends on tags, so where none of these occurs no run gives anything and the sentence
   * need not be tagged for them.
   */
  private boolean mayHoldEntityName(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean nameHead = isNameWord(t) && isHead(t.text());
      boolean headAfterName =
          k > 0
              && !t.isCapitalised()
              && mayEndNamedRun(tokens, k - 1)
              && lexicon.isWord("project-head", t.text());
      if (nameHead || headAfterName || definesProjectAt(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a run ending at {@code last} may hold a name once a leading "the" is dropped: its last
   * word is a name word and, when that is "The", an earlier word of the run comes before it.
   */
  private static boolean mayEndNamedRun(List<Token> tokens, int last) {
    if (!isNameWord(tokens.get(last))) {
      return false;
    }
    if (!tokens.get(last).text().equalsIgnoreCase("the")) {
      return true;
    }
    if (last == 0) {
      return false;
    }
    Token before = tokens.get(last - 1);
    return isNameWord(before)
        || CONNECTORS.contains(before.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** Runs of capitalised words joined by connectors, as [from, to) token ranges. */
  private List<int[]> runs(List<Token> tokens, boolean[] dates) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (dates[i] || !startsName(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size()) {
        Token t = tokens.get(end);
        if (dates[end]) {
          break;
        } else if (isNameWord(t)) {
          end++;
        } else if (CONNECTORS.contains(t.text().toLowerCase(java.util.Locale.ROOT))
            && end + 1 < tokens.size()
            && !dates[end + 1]
            && isNameWord(tokens.get(end + 1))) {
          end += 2;
        } else if (CONNECTORS.contains(t.text().toLowerCase(java.util.Locale.ROOT))
            && end + 2 < tokens.size()
            && tokens.get(end + 1).text().equalsIgnoreCase("the")
            && !dates[end + 2]
            && isNameWord(tokens.get(end + 2))) {
          end += 3;
        } else {
          break;
        }
      }
      runs.add(new int[] {i, end});
      i = end;
    }
    return runs;
  }

  /** Tokens that belong to a date ("on Thursday", "April 18"), which never continue a name. */
  private static boolean[] dateTokens(List<Mention> found, int size) {
    boolean[] dates = new boolean[size];
    for (Mention m : found) {
      if (m.type() == MentionType.DATE) {
        for (int k = m.from(); k < m.to(); k++) {
          dates[k] = true;
        }
      }
    }
    return dates;
  }

  private static boolean startsName(Token t) {
    return isNameWord(t) && !NOT_NAME_START.contains(t.pos());
  }

  private static boolean isNameWord(Token t) {
    String w = t.text();
    return !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && w.chars().anyMatch(Character::isLetter)
        && !w.equals("I");
  }

  private void classifyRun(
      Sentence sentence, ArticleContext context, int from, int to, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    from = roles.afterLeadingRole(tokens, from, to);
    from = afterLeadingPlace(found, tokens, from, to);
    if (from >= to || coveredByOne(found, from, to)) {
      return;
    }
    int head = -1;
    MentionType type = null;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (insideGazetteerName(found, k)) {
        continue;
      }
      if (lexicon.isWord("project-head", w)) {
        head = k;
        type = MentionType.PROJECT;
      } else if (lexicon.isWord("organisation-head", w)) {
        head = k;
        type = MentionType.ORGANISATION;
      }
    }
    if (type == null) {
      if (definedAsProject(tokens, to)) {
        addEntity(sentence, context, MentionType.PROJECT, from, to, found);
      } else {
        int start = afterOwner(tokens, from, to, found);
        if (tokens.get(start).text().equalsIgnoreCase("the")) {
          start++;
        }
        if (start < to && headFollows(tokens, start, to, found)) {
          addEntity(sentence, context, MentionType.PROJECT, start, to + 1, found);
        }
      }
      return;
    }
    int split = splitAt(tokens, from, to);
    if (split > 0) {
      // "the Indian Space Research Organisation and NASA": two names, not one
      classifyRun(sentence, context, split + 1, to, found);
      classifyRun(sentence, context, from, split, found);
      return;
    }
    int start = from;
    while (start < head && tokens.get(start).text().equalsIgnoreCase("the")) {
      start++;
    }
    if (start == head && to == head + 1) {
      return; // "The Agreement": a reference back, not a name
    }
    addEntity(sentence, context, type, start, to, found);
  }

  /**
   * Where a run of names holds two: "and" right after a head word ("Organisation and NASA"), or
   * "and the" between two names with head words ("Academy of Sciences and the Max Planck Society").
   * Returns the index of "and", or -1.
   */
  private int splitAt(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (!Set.of("and", "&").contains(tokens.get(k).text())) {
        continue;
      }
      boolean afterHead = isHead(tokens.get(k - 1).text());
      boolean twoNames =
          tokens.get(k + 1).text().equals("the")
              && hasHead(tokens, from, k)
              && hasHead(tokens, k + 2, to);
      if (afterHead || twoNames) {
        return k;
      }
    }
    return -1;
  }

  private boolean isHead(String word) {
    return lexicon.isWord("organisation-head", word) || lexicon.isWord("project-head", word);
  }

  private boolean hasHead(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isHead(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** "China on the Belt and Road Initiative": a country and a preposition do not begin a name. */
  private static int afterLeadingPlace(List<Mention> found, List<Token> tokens, int from, int to) {
    for (Mention m : found) {
      if (m.from() == from && isCountryLike(m) && m.to() + 1 < to) {
        String next = tokens.get(m.to()).text();
        if (next.equals("on") || next.equals("in") || next.equals("at") || next.equals("with")) {
          int k = m.to() + 1;
          while (k < to && tokens.get(k).text().equalsIgnoreCase("the")) {
            k++;
          }
          return k;
        }
      }
    }
    return from;
  }

  /** Adds an organisation or project mention and marks the countries inside it. */
  void addEntity(
      Sentence sentence,
      ArticleContext context,
      MentionType type,
      int from,
      int to,
      List<Mention> found) {
    addEntity(sentence, context, type, from, to, sentence.span(from, to), found);
  }

  private void addEntity(
      Sentence sentence,
      ArticleContext context,
      MentionType type,
      int from,
      int to,
      String name,
      List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    String country = null;
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (!isCountryLike(m) || !m.overlaps(from, to)) {
        continue;
      }
      if (country == null && m.type() != MentionType.BODY) {
        country = m.key();
      }
      boolean pairedByDash =
          type == MentionType.PROJECT && (dashAt(tokens, m.to()) || dashAt(tokens, m.from() - 1));
      found.set(k, m.withParty(pairedByDash));
    }
    String acronym = acronymAfter(tokens, to);
    Mention entity = new Mention(type, name, from, to, sentence.span(from, to), true);
    found.add(entity);
    if (acronym != null) {
      context.defineAcronym(acronym, entity);
      found.add(new Mention(type, name, to + 1, to + 2, acronym, true));
    }
    if (type == MentionType.ORGANISATION) {
      context.addOrganisation(new Organisation(name, acronym, country));
    } else if (context.project(name).owner == null) {
      context.project(name).owner = country;
    }
  }

  /**
   * "the Senegalese space agency", "the Chinese space station", and "Name (ACR) is an independent
   * laboratory".
   */
  private void findDescribedEntities(
      Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    for (Mention m : List.copyOf(found)) {
      if (m.type() != MentionType.COUNTRY || !lowerCaseHeadAfter(tokens, m.to())) {
        continue;
      }
      for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 3); k++) {
        Token t = tokens.get(k);
        if (t.isCapitalised()
            || !t.text().chars().allMatch(Character::isLetter)
            || !DESCRIBING_TAGS.contains(t.pos())) {
          break;
        }
        if (lexicon.isWord("organisation-head", t.text())) {
          addEntity(sentence, context, MentionType.ORGANISATION, m.from(), k + 1, found);
          break;
        }
        if (lexicon.isWord("project-head", t.text())) {
          int start = pairedStart(found, tokens, m);
          String name =
              start < m.from()
                  ? sentence.span(start, k + 1)
                  : canonicalName(m.key(), sentence.span(m.to(), k + 1));
          addEntity(sentence, context, MentionType.PROJECT, start, k + 1, name, found);
          break;
        }
      }
    }
  }

  /**
   * Whether a head word follows {@code from} within three lower-case words: what {@link
   * #findDescribedEntities} looks for, before it reads the words' POS tags.
   */
  private boolean lowerCaseHeadAfter(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      Token t = tokens.get(k);
      if (t.isCapitalised() || !t.text().chars().allMatch(Character::isLetter)) {
        return false;
      }
      if (isHead(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Start of "Japan-U.S." when {@code m} is the second country of such a pair, else {@code
   * m.from()}.
   */
  private static int pairedStart(List<Mention> found, List<Token> tokens, Mention m) {
    if (m.from() >= 2 && dashAt(tokens, m.from() - 1)) {
      for (Mention other : found) {
        if (isCountryLike(other) && other.to() == m.from() - 1) {
          return other.from();
        }
      }
    }
    return m.from();
  }

  /**
   * "the Chinese space station" → "China Space Station", so each way of writing it names one
   * project.
   */
  private String canonicalName(String alpha3, String words) {
    StringBuilder name = new StringBuilder(gazetteer.countryName(alpha3));
    for (String w : words.split("\\s+")) {
      name.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return name.toString();
  }

  private void findKnownNames(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (covered(found, i)) {
        continue;
      }
      String word = tokens.get(i).text();
      Mention meaning = context.acronym(word);
      if (meaning != null) {
        found.add(new Mention(meaning.type(), meaning.key(), i, i + 1, word, true));
      } else if (tokens.get(i).isCapitalised() && context.knowsProject(word)) {
        // "ITER" again, after "ITER is a fusion megaproject"
        found.add(new Mention(MentionType.PROJECT, word, i, i + 1, word, true));
      }
    }
  }

  /** "NASA's GLOBE program": the name starts after its owner's possessive. */
  private static int afterOwner(List<Token> tokens, int from, int to, List<Mention> found) {
    for (Mention m : found) {
      if (m.from() == from
          && isCountryLike(m)
          && m.to() + 1 < to
          && tokens.get(m.to()).text().matches("['’]s")) {
        return m.to() + 1;
      }
    }
    return from;
  }

  /**
   * "the Copernicus programme", "the Horizon Europe programme": a proper name followed by a
   * lower-case project head word names a project, unless the name is already a country, body or
   * person.
   */
  private boolean headFollows(List<Token> tokens, int from, int to, List<Mention> found) {
    if (to >= tokens.size()
        || tokens.get(to).isCapitalised()
        || !lexicon.isWord("project-head", tokens.get(to).text())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean connector = CONNECTORS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
      boolean acronym = t.text().length() > 1 && t.text().equals(t.text().toUpperCase());
      if (covered(found, k) || (!connector && !acronym && !"PROPN".equals(t.pos()))) {
        return false;
      }
    }
    return true;
  }

  /** "Name (ACR) is an independent laboratory": the words after the name define it as a project. */
  private boolean definedAsProject(List<Token> tokens, int to) {
    return definesProjectAt(tokens, acronymAfter(tokens, to) != null ? to + 3 : to);
  }

  /** Whether "is a/an/the" at {@code k} is followed by a project head word within nine words. */
  private boolean definesProjectAt(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()
        || !tokens.get(k).text().equalsIgnoreCase("is")
        || !Set.of("a", "an", "the")
            .contains(tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int j = k + 2; j < Math.min(tokens.size(), k + 11); j++) {
      if (lexicon.isWord("project-head", tokens.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  private static String acronymAfter(List<Token> tokens, int i) {
    if (i + 2 < tokens.size()
        && tokens.get(i).text().equals("(")
        && tokens.get(i + 2).text().equals(")")) {
      String a = tokens.get(i + 1).text();
      if (a.length() >= 2 && a.chars().filter(Character::isUpperCase).count() >= 2) {
        return a;
      }
    }
    return null;
  }

  private static boolean dashAt(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && "-".equals(tokens.get(i).text());
  }

  static boolean isCountryLike(Mention m) {
    return m.type() == MentionType.COUNTRY
        || m.type() == MentionType.AGENCY
        || m.type() == MentionType.BODY;
  }

  private static boolean insideGazetteerName(List<Mention> found, int k) {
    return found.stream()
        .anyMatch(m -> isCountryLike(m) && m.overlaps(k, k + 1) && m.to() - m.from() > 1);
  }

  private static boolean coveredByOne(List<Mention> found, int from, int to) {
    return found.stream()
        .anyMatch(m -> m.type() != MentionType.TOPIC && m.from() <= from && m.to() >= to);
  }

  static boolean covered(List<Mention> found, int i) {
    return found.stream().anyMatch(m -> m.type() != MentionType.TOPIC && m.overlaps(i, i + 1));
  }
}
