# Shared helpers of the benchmark scripts; sourced, not run.
# Every figure in docs/BENCHMARKS.md is written by a script through these helpers, never by hand.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
WORK_DIR="${SDKG_BENCH_WORK:-$PROJECT_DIR/target/bench}"
JAR="$PROJECT_DIR/target/sdkg.jar"
REPORT="$PROJECT_DIR/docs/BENCHMARKS.md"
SEED="${SDKG_BENCH_SEED:-1}"
mkdir -p "$WORK_DIR"

# Builds target/sdkg.jar when missing or older than the sources (the ./sdkg launcher does this).
ensure_jar() {
  "$PROJECT_DIR/sdkg" --version >/dev/null
}

# corpus N -> prints the folder of the N-article corpus for $SEED, generating it once.
corpus() {
  local n="$1" dir="$WORK_DIR/corpus-$1-seed$SEED"
  if [ ! -f "$dir.complete" ]; then
    java -jar "$JAR" generate --articles "$n" --seed "$SEED" -o "$dir" >&2
    touch "$dir.complete"
  fi
  echo "$dir"
}

# The machine and how busy it is, as Markdown lines.
machine_info() {
  local mem
  mem="$(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
    "memory $mem; $(java -version 2>&1 | head -1)"
  echo "- Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)" \
    "(1, 5, 15 min; other workers share these cores, so figures are noisy — compare ratios from one run)"
  echo "- Run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}

# replace_section NAME FILE: puts FILE's content between the NAME markers of docs/BENCHMARKS.md,
# appending the section when it is not there yet. Other sections are left as they are.
replace_section() {
  local name="$1" body="$2" begin="<!-- BEGIN $1 -->" end="<!-- END $1 -->"
  mkdir -p "$(dirname "$REPORT")"
  if [ ! -f "$REPORT" ]; then
    cp "$BENCH_DIR/BENCHMARKS.header.md" "$REPORT"
  fi
  if grep -qF "$begin" "$REPORT"; then
    awk -v b="$begin" -v e="$end" -v f="$body" '
      $0 == b { print; while ((getline line < f) > 0) print line; skip = 1; next }
      $0 == e { skip = 0 }
      !skip { print }' "$REPORT" >"$REPORT.tmp"
    mv "$REPORT.tmp" "$REPORT"
  else
    { echo; echo "$begin"; cat "$body"; echo "$end"; } >>"$REPORT"
  fi
  echo "bench: wrote section '$name' of $REPORT" >&2
}

# median_min_max: reads numbers, one a line, prints "median (min–max)".
median_min_max() {
  sort -g | awk -v d="${1:-2}" '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "n/a"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%." d "f (%." d "f–%." d "f)\n", m, v[1], v[NR]
    }'
}

# median: reads numbers, one a line, prints the median.
median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed TIMEFILE CMD...: runs CMD under /usr/bin/time -v, the report going to TIMEFILE.
timed() {
  local file="$1"
  shift
  /usr/bin/time -v -o "$file" "$@"
}

# wall_seconds TIMEFILE: the elapsed wall-clock time of a `timed` run, in seconds.
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]
    print s }' "$1"
}

# peak_rss_mb TIMEFILE: the peak resident set size of a `timed` run, in MB.
peak_rss_mb() {
  awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$1"
}

# start_server STORE [TIMEOUT]: starts `sdkg serve` on a free loopback port in the background,
# with the query timeout given (default 30s, serve's own); sets SERVER_PID and ENDPOINT (the
# SPARQL query URL). stop_server ends that process, by its id only.
start_server() {
  local log="$WORK_DIR/serve.log"
  java -Xmx1g -jar "$JAR" serve --store "$1" --port 0 --timeout "${2:-30s}" 2>"$log" &
  SERVER_PID=$!
  trap stop_server EXIT
  for _ in $(seq 1 120); do
    if grep -q 'press Ctrl-C' "$log"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "bench: sdkg serve did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  ENDPOINT="$(grep -o 'http://[^ ]*/sparql' "$log" | head -1)"
  if [ -z "$ENDPOINT" ]; then
    ENDPOINT="$(sed -n 's/^ *dataset *\(http[^ ]*\).*/\1/p' "$log" | head -1)/sparql"
  fi
  echo "bench: sdkg serve (pid $SERVER_PID) at $ENDPOINT" >&2
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# served_store SIZE: the store of the SIZE-article build, built once when missing.
served_store() {
  local n="$1" store="$WORK_DIR/build-$1-store"
  if [ ! -d "$store" ]; then
    java -Xmx1g -jar "$JAR" build --articles "$(corpus "$n")" --store "$store" \
      --output "$WORK_DIR/build-$n.ttl" >&2
  fi
  echo "$store"
}

# store_size STORE: "N quads" as `sdkg stats` would count them, for the report.
store_quads() {
  java -jar "$JAR" query --store "$1" -f tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -1
}

# A Markdown line with the load average now, for the end of a section.
load_at_end() {
  echo
  echo "Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)."
}
