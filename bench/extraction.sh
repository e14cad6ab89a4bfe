#!/usr/bin/env bash
# Extraction vs the NLP limit: bare OpenNLP sentence+token+POS against the whole extractor,
# same generated corpus, 1 and 2 threads. Usage: bench/extraction.sh [ARTICLES] [ITERATIONS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
articles="${1:-2000}"
iterations="${2:-5}"
warmups=1
threads="1,2"
ensure_jar
dir="$(corpus "$articles")"
out="$WORK_DIR/extraction.md"
cmd="java -Xmx1g -cp target/sdkg.jar org.sdkg.bench.ExtractionBench ${dir#"$PROJECT_DIR"/} $threads $warmups $iterations"
{
  echo "## Extraction vs the NLP limit"
  echo
  machine_info
  echo "- Corpus: \`sdkg generate --articles $articles --seed $SEED\`"
  echo "- Command: \`$cmd\`"
  echo
  (cd "$PROJECT_DIR" && java -Xmx1g -cp "$JAR" org.sdkg.bench.ExtractionBench "$dir" "$threads" "$warmups" "$iterations")
  echo
  echo "Target: extractor ≥ 0.70 of the bare rate. Each measured iteration runs the bare pass, then the"
  echo "extractor pass, so the per-iteration ratio compares runs made under the same load. The CPU-time"
  echo "figures (CPU seconds of the worker threads, from ThreadMXBean) are the ones other jobs on the"
  echo "machine disturb least; wall-time rates drop whenever the cores are shared."
  load_at_end
} >"$out"
replace_section extraction "$out"
