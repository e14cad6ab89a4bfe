#!/usr/bin/env bash
# Concurrency: a loopback load of mixed library queries at 1, 8 and 64 connections for a fixed time
# each against `sdkg serve`. Usage: bench/concurrency.sh [SECONDS] [SIZE] [CONNECTIONS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${1:-20}"
n="${2:-10000}"
connections="${3:-1,8,64}"
ensure_jar
store="$(served_store "$n")"
quads="$(store_quads "$store")"
start_server "$store"
(cd "$PROJECT_DIR" && java -cp "$JAR" org.sdkg.bench.HttpQueryBench latency "$ENDPOINT" queries 3 0 >/dev/null)
out="$WORK_DIR/concurrency.md"
{
  echo "## Concurrency"
  echo
  machine_info
  echo "- Store: the $n-article build, $quads quads; served by \`java -Xmx1g -jar target/sdkg.jar serve --store STORE --port 0\`"
  echo "- Client: \`java -cp target/sdkg.jar org.sdkg.bench.HttpQueryBench load ENDPOINT queries $seconds $connections\`"
  echo "  (N client threads, each keeping one request in flight, cycling through all library queries with"
  echo "  their default parameters; errors = any answer other than 200 or a failed connection)"
  echo "- Client and server share the same 2 cores."
  echo
  (cd "$PROJECT_DIR" && java -cp "$JAR" org.sdkg.bench.HttpQueryBench load "$ENDPOINT" queries "$seconds" "$connections")
  echo
  echo "Errors must be 0."
  load_at_end
} >"$out"
stop_server
replace_section concurrency "$out"
