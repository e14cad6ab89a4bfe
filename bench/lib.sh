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
  if [ ! -f "$dir/.complete" ]; then
    java -jar "$JAR" generate --articles "$n" --seed "$SEED" -o "$dir" >&2
    touch "$dir/.complete"
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
