#!/usr/bin/env bash
# Load rate: the N-Quads dump of a build loaded into a fresh TDB2 store by sdkg's store write paths
# (org.sdkg.bench.StoreLoadBench: `bulk`, as a first build writes into an empty store, and
# `transactions`, as later builds write) vs Jena's bulk loader tdb2.tdbloader (jena-cmds 5.6.0),
# alternating, same file. Usage: bench/load.sh [RUNS] [SIZE]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-5}"
n="${2:-10000}"
ensure_jar
info="$(machine_info)" # now, before the runs: the load average is the one they start under
lib="$WORK_DIR/lib"
if [ ! -f "$lib/jena-cmds.jar" ]; then
  (cd "$PROJECT_DIR" && mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-cmds:5.6.0 \
    -DoutputDirectory="$lib" -Dmdep.stripVersion=true)
fi
store="$WORK_DIR/build-$n-store"
if [ ! -d "$store" ]; then
  java -Xmx1g -jar "$JAR" build --articles "$(corpus "$n")" --store "$store" --output "$WORK_DIR/build-$n.ttl"
fi
nq="$WORK_DIR/build-$n.nq"
java -jar "$JAR" dump --store "$store" -f nq -o "$nq"
quads="$(wc -l <"$nq")"
: >"$WORK_DIR/load-sdkg.runs"
: >"$WORK_DIR/load-transactions.runs"
: >"$WORK_DIR/load-tdbloader.runs"
for r in $(seq 1 "$runs"); do
  for mode in bulk transactions; do
    runs_file="$WORK_DIR/load-sdkg.runs"
    [ "$mode" = transactions ] && runs_file="$WORK_DIR/load-transactions.runs"
    rm -rf "$WORK_DIR/load-store"
    timed "$WORK_DIR/load.time" java -Xmx1g -cp "$JAR" org.sdkg.bench.StoreLoadBench "$mode" "$nq" \
      "$WORK_DIR/load-store" >"$WORK_DIR/load-sdkg.out"
    echo "$(wall_seconds "$WORK_DIR/load.time") $(peak_rss_mb "$WORK_DIR/load.time") $(tr '\t' ' ' <"$WORK_DIR/load-sdkg.out")" \
      >>"$runs_file"
  done
  rm -rf "$WORK_DIR/load-store"
  timed "$WORK_DIR/load.time" java -Xmx1g -cp "$lib/jena-cmds.jar:$JAR" tdb2.tdbloader \
    --loc "$WORK_DIR/load-store" "$nq" >"$WORK_DIR/load-tdbloader.out" 2>&1
  echo "$(wall_seconds "$WORK_DIR/load.time") $(peak_rss_mb "$WORK_DIR/load.time") files_mb=$(($(du -sb --apparent-size "$WORK_DIR/load-store" | cut -f1) >> 20))" \
    >>"$WORK_DIR/load-tdbloader.runs"
  echo "bench: load run $r: sdkg bulk $(tail -1 "$WORK_DIR/load-sdkg.runs"); transactions $(tail -1 "$WORK_DIR/load-transactions.runs"); tdbloader $(tail -1 "$WORK_DIR/load-tdbloader.runs")" >&2
done
rm -rf "$WORK_DIR/load-store"
sdkg_wall="$(cut -d' ' -f1 "$WORK_DIR/load-sdkg.runs" | median)"
jena_wall="$(cut -d' ' -f1 "$WORK_DIR/load-tdbloader.runs" | median)"
ratios="$(paste -d' ' "$WORK_DIR/load-sdkg.runs" "$WORK_DIR/load-tdbloader.runs" |
  awk '{ print $1 / $(NF - 2) }' | median_min_max 2)"
tx_ratios="$(paste -d' ' "$WORK_DIR/load-transactions.runs" "$WORK_DIR/load-tdbloader.runs" |
  awk '{ print $1 / $(NF - 2) }' | median_min_max 2)"
loader="$(grep -o 'Loader = [A-Za-z]*' "$WORK_DIR/load-tdbloader.out" | head -1 || true)"
out="$WORK_DIR/load.md"
{
  echo "## Load rate vs tdb2.tdbloader"
  echo
  echo "$info"
  echo "- File: \`sdkg dump -f nq\` of the $n-article build: $quads quads, $(du -h "$nq" | cut -f1)"
  echo "- sdkg: \`/usr/bin/time -v java -Xmx1g -cp target/sdkg.jar org.sdkg.bench.StoreLoadBench MODE FILE.nq NEW-STORE\`, batches of 1,024 graphs, then \`compactIfGrown\` (compaction only once the files have doubled):"
  echo "  - \`bulk\`: as a first build writes into an empty store, through TDB2's phased bulk loader (\`BulkLoad\`);"
  echo "  - \`transactions\`: as later builds write, into a write transaction that commits once it holds a quarter of the graphs already committed (\`GrowingTransaction\`)"
  echo "- Jena: \`/usr/bin/time -v java -Xmx1g -cp jena-cmds-5.6.0.jar:target/sdkg.jar tdb2.tdbloader --loc NEW-STORE FILE.nq\`"
  echo "  (default loader${loader:+; it reports \"$loader\"})"
  echo "- $runs runs each, alternating; wall time includes JVM start"
  echo
  echo "| loader | wall s median (min–max) | quads/s | peak RSS MB median (min–max) |"
  echo "|---|---:|---:|---:|"
  awk -v w="$sdkg_wall" -v q="$quads" -v wr="$(cut -d' ' -f1 "$WORK_DIR/load-sdkg.runs" | median_min_max 1)" \
    -v rss="$(cut -d' ' -f2 "$WORK_DIR/load-sdkg.runs" | median_min_max 0)" \
    'BEGIN { printf "| sdkg, bulk (first build) | %s | %.0f | %s |\n", wr, q / w, rss }'
  awk -v w="$(cut -d' ' -f1 "$WORK_DIR/load-transactions.runs" | median)" -v q="$quads" \
    -v wr="$(cut -d' ' -f1 "$WORK_DIR/load-transactions.runs" | median_min_max 1)" \
    -v rss="$(cut -d' ' -f2 "$WORK_DIR/load-transactions.runs" | median_min_max 0)" \
    'BEGIN { printf "| sdkg, transactions (later builds) | %s | %.0f | %s |\n", wr, q / w, rss }'
  awk -v w="$jena_wall" -v q="$quads" -v wr="$(cut -d' ' -f1 "$WORK_DIR/load-tdbloader.runs" | median_min_max 1)" \
    -v rss="$(cut -d' ' -f2 "$WORK_DIR/load-tdbloader.runs" | median_min_max 0)" \
    'BEGIN { printf "| tdb2.tdbloader | %s | %.0f | %s |\n", wr, q / w, rss }'
  echo
  echo "sdkg bulk / tdbloader wall-time ratio, median of per-run ratios (min–max): **$ratios** (target ≤ 1.2);"
  echo "sdkg transactions / tdbloader: $tx_ratios."
  echo "Phases of the last sdkg bulk run: $(tail -1 "$WORK_DIR/load-sdkg.runs" | cut -d' ' -f3-);"
  echo "of the last transactions run: $(tail -1 "$WORK_DIR/load-transactions.runs" | cut -d' ' -f3-);"
  echo "store files of the last tdbloader run: $(tail -1 "$WORK_DIR/load-tdbloader.runs" | cut -d' ' -f3-)."
  load_at_end
} >"$out"
replace_section load "$out"
