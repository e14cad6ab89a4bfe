package org.sdkg.extract;

/**
 * An organisation named in an article.
 *
 * @param name name as written ("Chinese Embassy in the United States")
 * @param acronym short code for multilateral bodies ({@code WHO}), or {@code null}
 * @param country alpha-3 code of the country it belongs to, or {@code null} (multilateral or
 *     unknown)
 */
public record Organisation(String name, String acronym, String country) {}
