package org.sdkg.extract;

/**
 * Something named in a sentence, as a token range.
 *
 * @param type what it names
 * @param key normalised identity (alpha-3 code, acronym, topic notation, ISO date, name)
 * @param from first token, inclusive
 * @param to last token, exclusive
 * @param text the words as written
 * @param party whether it can be a party to a relation (false for countries that only place
 *     something, inside a role or an organisation's name)
 */
public record Mention(MentionType type, String key, int from, int to, String text, boolean party) {

  public Mention withParty(boolean isParty) {
    return new Mention(type, key, from, to, text, isParty);
  }

  public boolean overlaps(int start, int end) {
    return from < end && start < to;
  }
}
