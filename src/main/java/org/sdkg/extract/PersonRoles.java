package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sdkg.nlp.Sentence;
import org.sdkg.nlp.Token;

/**
 * People: a capitalised name with a title before it ("Dr.", "Admiral"), a role before it ("Chinese
 * Ambassador to the United States Qin Gang") or after it ("Kim Montgomery, director of ..."), a
 * reporting verb next to it ("said Qin"), or a photo credit. The role's country is the person's
 * country; countries inside a role are not parties.
 */
final class PersonRoles {
  private static final int MAX_ROLE_TOKENS = 14;
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  private final Lexicon lexicon;

  PersonRoles(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void findPeople(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    if (!mayNamePerson(sentence, context, found)) {
      return;
    }
    int i = 0;
    while (i < tokens.size()) {
      int end = nameEnd(tokens, found, i);
      if (end == i) {
        i++;
        continue;
      }
      String text = sentence.span(i, end);
      String known = context.personNamed(text);
      int[] role = roleBefore(tokens, found, i);
      if (role == null) {
        role = roleAfter(tokens, end);
      }
      boolean honorific = i > 0 && lexicon.isWord("honorific", tokens.get(i - 1).text());
      boolean credit = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("by");
      boolean reported = reportingNext(tokens, i, end);
      boolean evidence = honorific || role != null || credit || reported && end - i >= 2;
      if (known == null && !evidence) {
        i = end;
        continue;
      }
      String name = known != null ? known : text;
      String roleText = role == null ? null : sentence.span(role[0], role[1]);
      if (credit && i > 1 && tokens.get(i - 2).text().equalsIgnoreCase("photo")) {
        roleText = "photographer";
        addCreditOrganisation(sentence, context, end, found);
      }
      String country = role == null ? null : markRoleCountries(found, role[0], role[1]);
      if (role != null) {
        found.add(new Mention(MentionType.ROLE, roleText, role[0], role[1], roleText, false));
      }
      if (known == null || roleText != null) {
        context.addPerson(new Person(name, roleText, country, null));
      }
      found.add(new Mention(MentionType.PERSON, name, i, end, text, true));
      i = end;
    }
  }

  /**
   * Whether {@link #findPeople} can find anyone, judged without POS tags: whether some capitalised
   * word, if a name began there, would be a known person or have the text of some evidence (a role
   * word in reach, an honorific, "by", a reporting verb near). Tags only decide where names begin
   * and cut roles and reporting short, so where no word passes this, no tag changes the outcome.
   */
  private boolean mayNamePerson(Sentence sentence, ArticleContext context, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int end = nameEnd(tokens, found, i, true);
      if (end == i) {
        continue;
      }
      boolean evidence =
          context.personNamed(sentence.span(i, end)) != null
              || i > 0 && lexicon.isWord("honorific", tokens.get(i - 1).text())
              || i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("by")
              || roleWordIn(tokens, Math.max(0, i - MAX_ROLE_TOKENS), i)
              || end < tokens.size()
                  && tokens.get(end).text().equals(",")
                  && roleWordIn(tokens, end + 1, Math.min(tokens.size(), end + 5))
              || end - i >= 2
                  && (i > 0 && lexicon.isWord("reporting", tokens.get(i - 1).text())
                      || reportingWordIn(tokens, end, Math.min(tokens.size(), end + 3)));
      if (evidence) {
        return true;
      }
    }
    return false;
  }

  private boolean roleWordIn(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.isWord("role", tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean reportingWordIn(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.isWord("reporting", tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of a name starting at {@code i}: up to four capitalised words or initials not covered by
   * other mentions.
   */
  private int nameEnd(List<Token> tokens, List<Mention> found, int i) {
    return nameEnd(tokens, found, i, false);
  }

  /**
   * {@link #nameEnd}, or with {@code anyStart} the end it has when the first word's tag allows a
   * name to start there (the only tag it reads).
   */
  private int nameEnd(List<Token> tokens, List<Mention> found, int i, boolean anyStart) {
    int end = i;
    while (end < tokens.size() && end - i < 4) {
      Token t = tokens.get(end);
      boolean word =
          t.isCapitalised()
              && (end > i
                  || anyStart
                  || INITIAL.matcher(t.text()).matches()
                  || "PROPN".equals(t.pos()))
              && !NameMentionFinder.covered(found, end)
              && !lexicon.isWord("role", t.text())
              && !lexicon.isWord("honorific", t.text())
              && !lexicon.isWord("reporting", t.text())
              && !lexicon.isWord("name-stop", t.text());
      if (!word || !t.text().chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-')) {
        break;
      }
      end++;
    }
    return end;
  }

  /** A role phrase ending right before the name, as [from, to), or {@code null}. */
  private int[] roleBefore(List<Token> tokens, List<Mention> found, int name) {
    int roleStart = -1;
    for (int k = name - 1; k >= Math.max(0, name - MAX_ROLE_TOKENS); k--) {
      Token t = tokens.get(k);
      if (stopsRole(t) && !commaInsideTitle(tokens, k) || isPerson(found, k)) {
        break;
      }
      if (lexicon.isWord("role", t.text())) {
        roleStart = k;
      }
    }
    if (roleStart < 0) {
      return null;
    }
    int start = roleStart;
    while (start > 0 && ownerWord(tokens.get(start - 1))) {
      start--;
    }
    return new int[] {start, name};
  }

  /** ", director of ..." after a name, up to the next comma, as [from, to), or {@code null}. */
  private int[] roleAfter(List<Token> tokens, int end) {
    if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return null;
    }
    int from = end + 1;
    boolean hasRole = false;
    for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
      if (lexicon.isWord("role", tokens.get(k).text())) {
        hasRole = true;
        break;
      }
    }
    if (!hasRole) {
      return null;
    }
    int to = from;
    while (to < tokens.size() && !stopsRole(tokens.get(to))) {
      to++;
    }
    return to > from ? new int[] {from, to} : null;
  }

  /**
   * "Minister of Education, Culture, Sports, Science and Technology": a comma between capitalised
   * title words.
   */
  private static boolean commaInsideTitle(List<Token> tokens, int k) {
    return tokens.get(k).text().equals(",")
        && k > 0
        && k + 1 < tokens.size()
        && tokens.get(k - 1).isCapitalised()
        && tokens.get(k + 1).isCapitalised();
  }

  private static boolean isPerson(List<Mention> found, int k) {
    return found.stream().anyMatch(m -> m.type() == MentionType.PERSON && m.overlaps(k, k + 1));
  }

  private static boolean stopsRole(Token t) {
    String w = t.text();
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || w.equals(":")
        || w.equals("\"")
        || w.equals("“")
        || w.equals("”")
        || "VERB".equals(t.pos())
        || "AUX".equals(t.pos());
  }

  /** Words that can stand before a role and name whose it is: "Chinese", "China 's", "U.S.". */
  private static boolean ownerWord(Token t) {
    return t.isCapitalised() || t.text().equals("'s") || t.text().equals("’s");
  }

  private boolean reportingNext(List<Token> tokens, int from, int end) {
    if (from > 0 && lexicon.isWord("reporting", tokens.get(from - 1).text())) {
      return true;
    }
    for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
      if (lexicon.isWord("reporting", tokens.get(k).text())) {
        return true;
      }
      if (!"AUX".equals(tokens.get(k).pos()) && !"ADV".equals(tokens.get(k).pos())) {
        return false;
      }
    }
    return false;
  }

  /** Marks countries inside a role as non-parties; returns the first one, the person's country. */
  private static String markRoleCountries(List<Mention> found, int from, int to) {
    String country = null;
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (m.overlaps(from, to) && NameMentionFinder.isCountryLike(m)) {
        if (country == null && m.type() != MentionType.BODY) {
          country = m.key();
        }
        found.set(k, m.withParty(false));
      }
    }
    return country;
  }

  /** "(Photo by Name/Agency)": the agency after the slash. */
  private static void addCreditOrganisation(
      Sentence sentence, ArticleContext context, int end, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    if (end + 1 < tokens.size() && tokens.get(end).text().equals("/")) {
      Token org = tokens.get(end + 1);
      if (org.isCapitalised()) {
        context.addOrganisation(new Organisation(org.text(), null, null));
        found.add(
            new Mention(MentionType.ORGANISATION, org.text(), end + 1, end + 2, org.text(), false));
      }
    }
  }

  /**
   * Whether a capitalised run starts with a role word followed by of/to/for (returns the index
   * after it, or from).
   */
  int afterLeadingRole(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to && lexicon.isWord("role", tokens.get(k).text())) {
      k++;
    }
    if (k > from && k < to) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("of") || w.equals("to") || w.equals("for")) {
        k++;
        while (k < to && tokens.get(k).text().equalsIgnoreCase("the")) {
          k++;
        }
        return k;
      }
    }
    return from;
  }
}
