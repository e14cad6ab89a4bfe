package org.sdkg.extract;

/**
 * A quoted or reported claim.
 *
 * @param speaker name of the person who made it
 * @param text the quoted or reported text
 * @param start offset of the sentence holding it in {@code Article.text()}
 * @param end offset just past that sentence
 */
public record Statement(String speaker, String text, int start, int end) {}
