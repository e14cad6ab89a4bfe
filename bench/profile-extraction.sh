#!/usr/bin/env bash
# Where extraction time goes: a JFR CPU profile of the extractor on one thread, summarised per method.
# Usage: bench/profile-extraction.sh [ARTICLES] [ITERATIONS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
articles="${1:-500}"
iterations="${2:-3}"
ensure_jar
dir="$(corpus "$articles")"
jfr_file="$WORK_DIR/extraction.jfr"
out="$WORK_DIR/profile.md"
(cd "$PROJECT_DIR" && java -Xmx1g -XX:FlightRecorderOptions:stackdepth=512 \
  -XX:StartFlightRecording=filename="$jfr_file",settings=profile \
  -cp "$JAR" org.sdkg.bench.ExtractionBench "$dir" 1 1 "$iterations" >"$WORK_DIR/profile-run.md" 2>/dev/null)
{
  echo "## Extraction profile (JFR)"
  echo
  machine_info
  echo "- Command: \`java -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=extraction.jfr,settings=profile -cp target/sdkg.jar org.sdkg.bench.ExtractionBench ${dir#"$PROJECT_DIR"/} 1 1 $iterations\`,"
  echo "  then \`java -cp target/sdkg.jar org.sdkg.bench.JfrHotSpots extraction.jfr bench-extractor\` (samples of the extractor's thread only)."
  echo "  \`jfr print --events jdk.ExecutionSample\` / \`jfr summary\` on the same file show the raw samples."
  echo
  java -cp "$JAR" org.sdkg.bench.JfrHotSpots "$jfr_file" bench-extractor 25
} >"$out"
replace_section profile "$out"
