#!/usr/bin/env bash
# Incremental update: change one article of a built corpus and run `sdkg build` again.
# Reports JVM start separately (`sdkg --version`), and each measurement again with the class-data archive
# (AppCDS) that ./sdkg records for its jar; then the same change under `sdkg watch`, which keeps the JVM,
# the models and the store open. Usage: bench/incremental.sh [RUNS] [SIZE]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-5}"
n="${2:-10000}"
ensure_jar # ./sdkg also records target/sdkg.jsa for this jar
archive="$PROJECT_DIR/target/sdkg.jsa"
cds=(-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile="$archive")
info="$(machine_info)" # now, before the runs: the load average is the one they start under
corpus_copy="$WORK_DIR/incremental-corpus"
store="$WORK_DIR/incremental-store"
ttl="$WORK_DIR/incremental.ttl"
rm -rf "$corpus_copy" "$store"
# Timestamps kept: the files are as old as the corpus, as an analyst's archive would be.
cp -r --preserve=timestamps "$(corpus "$n")" "$corpus_copy"
if [ -d "$WORK_DIR/build-$n-store" ]; then
  cp -r "$WORK_DIR/build-$n-store" "$store"
fi
# build [OPTIONS]: one timed build of the copied corpus into the copied store.
# With the options in java_opts (an array) before -jar.
build() {
  timed "$WORK_DIR/incremental.time" java -Xmx1g "${java_opts[@]}" -jar "$JAR" build \
    --articles "$corpus_copy" --store "$store" --output "$ttl" "$@" 2>"$WORK_DIR/incremental.err"
}
java_opts=()
# own_seconds: the build's own time, from its summary line.
own_seconds() {
  sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$WORK_DIR/incremental.err" | tail -1
}
build # brings the copied store up to date (or builds it) and records the files it read
: >"$WORK_DIR/jvm-start.runs"
: >"$WORK_DIR/jvm-start-cds.runs"
for r in $(seq 1 "$runs"); do
  timed "$WORK_DIR/jvm.time" java -Xmx1g -jar "$JAR" --version >/dev/null
  wall_seconds "$WORK_DIR/jvm.time" >>"$WORK_DIR/jvm-start.runs"
  timed "$WORK_DIR/jvm.time" java -Xmx1g "${cds[@]}" -jar "$JAR" --version >/dev/null
  wall_seconds "$WORK_DIR/jvm.time" >>"$WORK_DIR/jvm-start-cds.runs"
done
: >"$WORK_DIR/incremental.runs"
: >"$WORK_DIR/noop.runs"
: >"$WORK_DIR/incremental-cds.runs"
: >"$WORK_DIR/noop-cds.runs"
# A glob, not `ls | head`: with 10,000 files head closes the pipe early and pipefail stops the script.
generated=("$corpus_copy"/gen-*)
article="${generated[0]}"
for r in $(seq 1 "$runs"); do
  # A new last sentence: new content, so a new content id; the old graph goes, the new one comes.
  printf 'Officials confirmed the revised figures in update %d.\n' "$r" >>"$article"
  build --no-dump
  extracted="$(sed -n 's/.*(\([0-9]*\) extracted.*/\1/p' "$WORK_DIR/incremental.err" | tail -1)"
  echo "$(wall_seconds "$WORK_DIR/incremental.time") $(own_seconds) $extracted" >>"$WORK_DIR/incremental.runs"
  build --no-dump
  echo "$(wall_seconds "$WORK_DIR/incremental.time") $(own_seconds)" >>"$WORK_DIR/noop.runs"
  java_opts=("${cds[@]}")
  printf 'Officials confirmed the revised figures in update %d with the archive.\n' "$r" >>"$article"
  build --no-dump
  echo "$(wall_seconds "$WORK_DIR/incremental.time") $(own_seconds)" >>"$WORK_DIR/incremental-cds.runs"
  build --no-dump
  echo "$(wall_seconds "$WORK_DIR/incremental.time") $(own_seconds)" >>"$WORK_DIR/noop-cds.runs"
  java_opts=()
  echo "bench: incremental run $r: $(tail -1 "$WORK_DIR/incremental.runs") / no-op $(tail -1 "$WORK_DIR/noop.runs")" \
    "/ with the archive $(tail -1 "$WORK_DIR/incremental-cds.runs") / no-op $(tail -1 "$WORK_DIR/noop-cds.runs")" >&2
done
# sdkg watch: the JVM, the models and the store stay open; each run appends a sentence and waits for the
# update's summary line. From the write to the line: the quiet period (--quiet 100 ms), the update, the print.
quiet_ms=100
watch_err="$WORK_DIR/watch.err"
java -Xmx1g -jar "$JAR" watch --articles "$corpus_copy" --store "$store" --output "$ttl" --no-dump \
  --quiet "$quiet_ms" 2>"$watch_err" &
watch_pid=$!
# await_updates N: waits until the watch has printed N "watching" lines (N updates done).
await_updates() {
  until [ "$(grep -c '^watching ' "$watch_err" || true)" -ge "$1" ]; do
    kill -0 "$watch_pid" 2>/dev/null || { cat "$watch_err" >&2; echo "bench: sdkg watch ended" >&2; exit 1; }
    sleep 0.01
  done
}
await_updates 1
: >"$WORK_DIR/watch.runs"
for r in $(seq 1 "$runs"); do
  start="$(date +%s.%N)"
  printf 'Officials confirmed the revised figures in watched update %d.\n' "$r" >>"$article"
  await_updates "$((r + 1))"
  end="$(date +%s.%N)"
  own="$(grep '^built ' "$watch_err" | tail -1 | sed -n 's/.* in \([0-9.]*\) s$/\1/p')"
  extracted="$(grep '^built ' "$watch_err" | tail -1 | sed -n 's/.*(\([0-9]*\) extracted.*/\1/p')"
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }') $own $extracted" >>"$WORK_DIR/watch.runs"
  echo "bench: watch run $r: $(tail -1 "$WORK_DIR/watch.runs")" >&2
done
kill -TERM "$watch_pid"
wait "$watch_pid" || true
# Once with the dump: the store changed since the last dump, so the whole dump is written again.
printf 'Officials confirmed the revised figures in update %d.\n' "$((runs + 1))" >>"$article"
build
with_dump="$(wall_seconds "$WORK_DIR/incremental.time") $(own_seconds)"
jvm="$(median <"$WORK_DIR/jvm-start.runs")"
jvm_cds="$(median <"$WORK_DIR/jvm-start-cds.runs")"
out="$WORK_DIR/incremental.md"
{
  echo "## Incremental update"
  echo
  echo "$info"
  echo "- Store: the $n-article build (corpus files keep their timestamps); each run appends one sentence to one"
  echo "  article, then runs \`/usr/bin/time -v java -Xmx1g -jar target/sdkg.jar build --articles CORPUS --store STORE --no-dump\`,"
  echo "  then the same build again with nothing changed (no-op); after the runs, one more change built with the dump"
  echo "- JVM start: \`java -jar target/sdkg.jar --version\`, $runs runs"
  echo "- With the archive: the same commands with \`-XX:SharedArchiveFile=target/sdkg.jsa\` (AppCDS), as \`./sdkg\`"
  echo "  runs them; it records the archive from a 5-article build once per jar"
  echo "- Last summary line: \`$(tail -1 "$WORK_DIR/incremental.err")\`"
  echo
  echo "| what | runs | median s (min–max) |"
  echo "|---|---:|---:|"
  echo "| JVM start (\`--version\`) | $runs | $(median_min_max 2 <"$WORK_DIR/jvm-start.runs") |"
  echo "| one article changed, \`--no-dump\`: wall | $runs | $(cut -d' ' -f1 "$WORK_DIR/incremental.runs" | median_min_max 2) |"
  echo "| one article changed, \`--no-dump\`: wall − JVM start | $runs | $(cut -d' ' -f1 "$WORK_DIR/incremental.runs" | awk -v j="$jvm" '{ print $1 - j }' | median_min_max 2) |"
  echo "| one article changed, \`--no-dump\`: build's own time (summary line) | $runs | $(cut -d' ' -f2 "$WORK_DIR/incremental.runs" | median_min_max 2) |"
  echo "| nothing changed, \`--no-dump\`: wall | $runs | $(cut -d' ' -f1 "$WORK_DIR/noop.runs" | median_min_max 2) |"
  echo "| nothing changed, \`--no-dump\`: build's own time | $runs | $(cut -d' ' -f2 "$WORK_DIR/noop.runs" | median_min_max 2) |"
  echo "| JVM start with the archive | $runs | $(median_min_max 2 <"$WORK_DIR/jvm-start-cds.runs") |"
  echo "| one article changed, with the archive: wall | $runs | $(cut -d' ' -f1 "$WORK_DIR/incremental-cds.runs" | median_min_max 2) |"
  echo "| one article changed, with the archive: wall − JVM start with it | $runs | $(cut -d' ' -f1 "$WORK_DIR/incremental-cds.runs" | awk -v j="$jvm_cds" '{ print $1 - j }' | median_min_max 2) |"
  echo "| one article changed, with the archive: build's own time | $runs | $(cut -d' ' -f2 "$WORK_DIR/incremental-cds.runs" | median_min_max 2) |"
  echo "| nothing changed, with the archive: wall | $runs | $(cut -d' ' -f1 "$WORK_DIR/noop-cds.runs" | median_min_max 2) |"
  echo "| \`sdkg watch --no-dump --quiet $quiet_ms\`, one article changed: from the write to the summary line | $runs | $(cut -d' ' -f1 "$WORK_DIR/watch.runs" | median_min_max 2) |"
  echo "| \`sdkg watch\`, one article changed: the update's own time (summary line) | $runs | $(cut -d' ' -f2 "$WORK_DIR/watch.runs" | median_min_max 2) |"
  echo "| one article changed, with the dump: wall | 1 | $(echo "$with_dump" | cut -d' ' -f1) |"
  echo "| one article changed, with the dump: build's own time | 1 | $(echo "$with_dump" | cut -d' ' -f2) |"
  echo
  echo "Articles extracted per changed run: $(cut -d' ' -f3 "$WORK_DIR/incremental.runs" "$WORK_DIR/watch.runs" | sort -u | tr '\n' ' ')(expected: 1)."
  echo "Target: < 1 s of work after JVM start. Wall − JVM start also covers opening the store, listing the"
  echo "article files (unchanged ones are not read: size and modification time match the last build's record)"
  echo "and, with the dump, writing the Turtle dump of the whole store; the build's own time covers the rest."
  load_at_end
} >"$out"
replace_section incremental "$out"
