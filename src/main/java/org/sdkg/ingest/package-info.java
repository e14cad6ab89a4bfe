/**
 * The ingest stage: files and folders in, {@link org.sdkg.ingest.Article} records out.
 *
 * <p>{@link org.sdkg.ingest.ArticleReader} lists the inputs, decodes each file (UTF-8 only, size
 * limit from {@link org.sdkg.ingest.IngestOptions}) and hands it to the {@link
 * org.sdkg.ingest.ArticleFormat} for its extension: {@code .txt} seed text, {@code .md} Markdown
 * with front matter, {@code .html}/{@code .htm} pages, {@code .jsonl} one article per line. Every
 * problem becomes an {@link org.sdkg.ingest.IngestProblem} printed as {@code FILE[:LINE]: what is
 * wrong; what to do}, and reading goes on with the next file (or line).
 */
package org.sdkg.ingest;
