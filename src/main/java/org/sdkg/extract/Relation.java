package org.sdkg.extract;

/**
 * One science-diplomacy relation as stated by one sentence of one article.
 *
 * <p>Participants are ISO 3166-1 alpha-3 codes for countries or the acronym of a multilateral body
 * ({@code WHO}). {@code b} is {@link #UNNAMED} for unnamed partners and for project participation.
 * For {@link RelationKind#AID} {@code a} gives and {@code b} receives; otherwise {@code a <= b}
 * alphabetically.
 *
 * @param kind cooperation, agreement, project or aid
 * @param a first participant (the giver for aid)
 * @param b second participant, or {@code *}
 * @param status active, proposed, suspended or ended
 * @param topic notation of a concept in {@code ontology/topics.ttl}
 * @param project project name as written in the text, or {@code null}
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or {@code null} when the text
 *     gives none
 * @param partnerCount number of unnamed partners ("with 30 countries"), or {@code null}
 * @param projectCount number of projects ("nine projects"), or {@code null}
 * @param speaker name of the person who stated it, or {@code null}
 * @param evidence the sentence it comes from
 */
public record Relation(
    RelationKind kind,
    String a,
    String b,
    Status status,
    String topic,
    String project,
    String date,
    Integer partnerCount,
    Integer projectCount,
    String speaker,
    Evidence evidence) {

  /** The participant code for partners that are not named. */
  public static final String UNNAMED = "*";
}
