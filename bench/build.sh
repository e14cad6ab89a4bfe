#!/usr/bin/env bash
# Build end to end: `sdkg build` of generated corpora into a fresh store, with -Xmx1g.
# Usage: bench/build.sh [RUNS] [SIZE[:RUNS]...]   (default: 5 runs of 1000 and 10000 articles;
# SIZE:RUNS gives one size its own number of runs, e.g. `bench/build.sh 5 1000 10000:1`)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-5}"
shift || true
sizes=("${@:-}")
[ -n "${sizes[0]}" ] || sizes=(1000 10000)
ensure_jar
out="$WORK_DIR/build.md"
{
  echo "## Build end to end"
  echo
  machine_info
  echo "- Command, per run, on a fresh store:"
  echo "  \`/usr/bin/time -v java -Xmx1g -jar target/sdkg.jar build --articles CORPUS --store STORE --output OUT.ttl\`"
  echo "  (wall time includes JVM start, reading, extraction on 2 threads, writing TDB2, the merged graph,"
  echo "  the article graphs through TDB2's bulk loader into the fresh store (rows run before 225e758 wrote transactions committing as the store grew by a quarter, with compaction once the files passed 4 GiB and doubled),"
  echo "  and the Turtle dump;"
  echo "  triples = quads in the store as the build reports them)"
  echo
  echo "| articles | runs | wall s median (min–max) | articles/s | triples | triples/s | peak RSS MB median (min–max) | heap after GC MB, max | run |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} >"$out"
run="$(date -u '+%Y-%m-%d') $(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown), load $(cut -d' ' -f1 /proc/loadavg)"
rows="$WORK_DIR/build.rows"
# Rows of sizes not run this time are kept from the last report with the run they came from, so one size
# can be rerun alone (rows written before the run column existed take the run and load lines of their section).
sizes_now=" $(for size in "${sizes[@]}"; do printf '%s ' "${size%%:*}"; done)"
: >"$rows"
if [ -f "$REPORT" ]; then
  awk -v now="$sizes_now" '
    $0 == "<!-- BEGIN build -->" { inside = 1; next }
    $0 == "<!-- END build -->" { inside = 0 }
    !inside { next }
    /^- Load average when the run started: / { load = $8 }
    /^- Run: / { day = $3; commit = $7 }
    /^\| [0-9]+ \|/ {
      n = $2
      if (index(now, " " n " ")) next
      if (split($0, cells, "|") == 10) $0 = $0 " " day " " commit ", load " load " |"
      print
    }' "$REPORT" >"$rows"
fi
for size in "${sizes[@]}"; do
  n="${size%%:*}"
  size_runs="$runs"
  [ "$size" = "$n" ] || size_runs="${size#*:}"
  dir="$(corpus "$n")"
  : >"$WORK_DIR/build-$n.runs"
  for r in $(seq 1 "$size_runs"); do
    store="$WORK_DIR/build-$n-store"
    rm -rf "$store" "$WORK_DIR/build-$n.ttl"
    timed "$WORK_DIR/build-$n.time" java -Xmx1g -Xlog:gc:file="$WORK_DIR/build-$n.gc" -jar "$JAR" build \
      --articles "$dir" --store "$store" --output "$WORK_DIR/build-$n.ttl" 2>"$WORK_DIR/build-$n.err"
    triples="$(sed -n 's/.* \([0-9][0-9]*\) triples in .*/\1/p' "$WORK_DIR/build-$n.err" | tail -1)"
    # Largest heap in use after a collection: the live data, which must stay flat as the corpus grows.
    heap="$(grep -o -- '->[0-9]*M' "$WORK_DIR/build-$n.gc" | tr -d '>M-' | sort -n | tail -1)"
    echo "$(wall_seconds "$WORK_DIR/build-$n.time") $(peak_rss_mb "$WORK_DIR/build-$n.time") $triples ${heap:-0}" \
      >>"$WORK_DIR/build-$n.runs"
    echo "bench: build $n articles run $r: $(tail -1 "$WORK_DIR/build-$n.runs") (wall s, RSS MB, triples, heap after GC MB)" >&2
  done
  wall="$(cut -d' ' -f1 "$WORK_DIR/build-$n.runs" | median)"
  triples="$(cut -d' ' -f3 "$WORK_DIR/build-$n.runs" | tail -1)"
  awk -v n="$n" -v runs="$size_runs" -v w="$wall" -v t="$triples" \
    -v wr="$(cut -d' ' -f1 "$WORK_DIR/build-$n.runs" | median_min_max 1)" \
    -v rss="$(cut -d' ' -f2 "$WORK_DIR/build-$n.runs" | median_min_max 0)" \
    -v heap="$(cut -d' ' -f4 "$WORK_DIR/build-$n.runs" | sort -n | tail -1)" \
    -v run="$run" \
    'BEGIN { printf "| %d | %d | %s | %.1f | %d | %.0f | %s | %s | %s |\n", n, runs, wr, n / w, t, t / w, rss, heap, run }' >>"$rows"
done
sort -t'|' -k2,2n "$rows" >>"$out"

{
  echo
  echo "Peak RSS includes the pages of TDB2's memory-mapped files that the process touched (the OS"
  echo "reclaims them under pressure); the heap after GC (from \`-Xlog:gc\`, largest after any pause) is an"
  echo "upper bound of the live Java data: G1 lets old garbage build up to the limit it is given. The live data"
  echo "shows after full collections (\`grep 'Pause Full' target/bench/build-N.gc\`: TDB2 compaction asks for them)."
  echo "Rates are computed from the median wall time. 100k articles: run \`bench/build.sh 1 100000\` where"
  echo "time allows; a section without a 100000 row means it was not run."
  load_at_end
} >>"$out"
replace_section build "$out"
