package org.sdkg.extract;

/**
 * A person named in an article.
 *
 * @param name full name as first written ("Qin Gang")
 * @param role job title or role ("Chinese Ambassador to the United States"), or {@code null}
 * @param country alpha-3 code of the country the person represents, or {@code null}
 * @param organisation name of the organisation they belong to, or {@code null}
 */
public record Person(String name, String role, String country, String organisation) {}
