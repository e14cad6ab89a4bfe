#!/usr/bin/env bash
# Query latency over HTTP: every query of queries/ against `sdkg serve` on the SIZE-article store,
# once with its declared default parameters and once with bench/interactive.params. Usage: bench/queries.sh [RUNS] [SIZE] [WARMUPS] [TIMEOUT]
# (WARMUPS: requests per query before the measured ones, default 5; TIMEOUT: serve's query
# timeout, default 30s; on large stores some queries take longer, and a timed-out request counts
# as an error, not a latency)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-50}"
n="${2:-10000}"
warmups="${3:-5}"
timeout="${4:-30s}"
ensure_jar
store="$(served_store "$n")"
quads="$(store_quads "$store")"
start_server "$store" "$timeout"
out="$WORK_DIR/queries.md"
{
  echo "## Queries over HTTP"
  echo
  machine_info
  echo "- Store: the $n-article build, $quads quads; served by \`java -Xmx1g -jar target/sdkg.jar serve --store STORE --port 0 --timeout $timeout\`"
  echo "- Client: \`java -cp target/sdkg.jar org.sdkg.bench.HttpQueryBench latency ENDPOINT queries $warmups $runs\`"
  echo "  (JDK HttpClient, one request at a time, POST application/sparql-query, JSON results read in full;"
  echo "  $warmups warm-up requests per query)"
  echo
  echo "### Declared defaults"
  echo
  echo "Each query with the defaults its header declares (e.g. partners country=CHN, all topics): most of them"
  echo "answer for the whole store (statements, watchlist, network, projects and aid return tens of thousands of rows)."
  echo
  (cd "$PROJECT_DIR" && java -cp "$JAR" org.sdkg.bench.HttpQueryBench latency "$ENDPOINT" queries "$warmups" "$runs")
  echo
  echo "### Interactive parameters"
  echo
  echo "The same queries narrowed as an analyst asks one question, from \`bench/interactive.params\`:"
  grep -v '^#' "$BENCH_DIR/interactive.params" | grep . | sed 's/^\([^ ]*\) /\1: /' | tr '\n' ';' | sed 's/;$//; s/;/; /g; s/^/  /'
  echo " (countries and topics have no parameters)."
  echo
  (cd "$PROJECT_DIR" && java -cp "$JAR" org.sdkg.bench.HttpQueryBench latency "$ENDPOINT" queries "$warmups" "$runs" \
    "$BENCH_DIR/interactive.params")
  echo
  echo "Target: p95 < 100 ms per query. Percentiles by nearest rank over the $runs measured requests."
  load_at_end
} >"$out"
stop_server
replace_section queries "$out"
