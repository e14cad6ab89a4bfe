package org.sdkg.store;

import java.time.Duration;
import java.util.List;
import org.sdkg.ingest.IngestProblem;

/**
 * What one {@code sdkg build} did.
 *
 * @param read articles read from the input files
 * @param extracted articles that were new or changed, and so extracted
 * @param unchanged articles already in the store with the same content
 * @param removed article graphs dropped because their article is gone
 * @param codeChanged sdkg's code differs from the last build's, so every article was extracted
 * @param resumed the last build was killed before it completed, and this one completed its work
 * @param failed articles whose extraction failed, with the reason
 * @param cooperations cooperation nodes in the merged graph
 * @param entities countries, organisations, people and projects in the merged graph
 * @param triples quads in the store over all graphs
 * @param time wall time of the build
 */
public record BuildReport(
    int read,
    int extracted,
    int unchanged,
    int removed,
    boolean codeChanged,
    boolean resumed,
    List<IngestProblem> failed,
    long cooperations,
    long entities,
    long triples,
    Duration time) {

  public BuildReport {
    failed = List.copyOf(failed);
  }
}
