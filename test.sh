#!/usr/bin/env bash
# Runs every test in the solution and ends with one line: "N passed, N failed".
#
# PostgreSQL for the integration tests comes from, in order:
#   1. TIMETRACKING_TEST_POSTGRES, a connection string to a server where the user may create databases;
#   2. Testcontainers, when a Docker engine answers;
#   3. otherwise this script: a throwaway server on a free loopback port, removed when the tests end.
set -euo pipefail
cd "$(dirname "$0")"

RESULTS="$PWD/TestResults"
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

if [[ -z "${TIMETRACKING_TEST_POSTGRES:-}" ]]; then
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    echo "A Docker engine answers: the tests start PostgreSQL with Testcontainers" >&2
  else
    # Durability is off: this server lives for one test run.
    start_throwaway_postgres fsync=off synchronous_commit=off full_page_writes=off
    export TIMETRACKING_TEST_POSTGRES="$THROWAWAY_PG_CONNECTION"
  fi
fi

rm -rf "$RESULTS"
status=0
dotnet test TimeTracking.sln --logger "trx" --results-directory "$RESULTS" "$@" || status=$?

# dotnet test prints a summary per project; CI reads one total line.
passed=0
failed=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1 # The build or a test host failed before any result was written.
fi
echo "$passed passed, $failed failed"
exit "$status"
