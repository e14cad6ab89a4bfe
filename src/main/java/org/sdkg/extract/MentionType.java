package org.sdkg.extract;

/** What a {@link Mention} names. */
public enum MentionType {
  /** A country by name, alias or demonym; key = alpha-3. */
  COUNTRY,
  /** A multilateral body; key = acronym. */
  BODY,
  /** An agency, office or capital that acts for one country; key = alpha-3. */
  AGENCY,
  /** A topic label; key = topic notation. */
  TOPIC,
  /** A person; key = full name. */
  PERSON,
  /** An organisation; key = name. */
  ORGANISATION,
  /** A named project, facility, programme or accord; key = name. */
  PROJECT,
  /** A date; key = YYYY, YYYY-MM or YYYY-MM-DD. */
  DATE,
  /** Partners that are not named ("30 countries"); key = the count, or "" when not given. */
  UNNAMED,
  /** "both countries", "the two sides": the last pair. */
  PAIR_REFERENCE,
  /**
   * A person's role or title ("Minister of Education"); its words are no topic and its countries no
   * party.
   */
  ROLE,
  /** A count of projects ("nine projects"); key = the count. */
  PROJECT_COUNT
}
