package org.sdkg.ingest;

/**
 * An article known without its text: what a build needs of an article it has already stored.
 *
 * @param id content id, as {@link Article#id()}
 * @param fileName as {@link Article#fileName()}
 */
public record ArticleRef(String id, String fileName) {}
