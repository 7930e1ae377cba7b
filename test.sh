#!/usr/bin/env bash
# Runs every test in the solution, then the fault scenarios (tests/faults/run.sh), and ends with one line:
# "N passed, N failed", the two added up.
#
# PostgreSQL for the integration tests comes from, in order:
#   1. TIMETRACKING_TEST_POSTGRES, a connection string to a server where the user may create databases;
#   2. Testcontainers, when a Docker engine answers;
#   3. otherwise this script: a throwaway server on a free loopback port, removed when the tests end.
# The fault scenarios always start their own server, with durability on. TIMETRACKING_SKIP_FAULTS=1 skips them, for
# a quicker local run only: CI runs them.
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

if [[ "${TIMETRACKING_SKIP_FAULTS:-}" == 1 ]]; then
  echo "TIMETRACKING_SKIP_FAULTS=1: the fault scenarios (tests/faults/run.sh) were skipped" >&2
else
  stop_throwaway_postgres # The fault scenarios start their own; two servers would only compete for the cores.
  faults_status=0
  mkdir -p "$RESULTS"
  tests/faults/run.sh 2>&1 | tee "$RESULTS/faults.log" || faults_status=$?
  counts="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$RESULTS/faults.log" | tail -n 1 || true)"
  fault_passed="$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$counts")"
  fault_failed="$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$counts")"
  if [[ $faults_status -ne 0 && ${fault_failed:-0} -eq 0 ]]; then
    fault_failed=1 # The script stopped before its checks: the build, PostgreSQL or the API did not start.
  fi
  passed=$((passed + ${fault_passed:-0}))
  failed=$((failed + ${fault_failed:-0}))
  if [[ $faults_status -ne 0 ]]; then status=$faults_status; fi
fi

echo "$passed passed, $failed failed"
exit "$status"
