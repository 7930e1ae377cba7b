#!/usr/bin/env bash
# Runs every test in the solution and ends with one line: "N passed, N failed".
#
# PostgreSQL for the integration tests comes from, in order:
#   1. TIMETRACKING_TEST_POSTGRES, a connection string to a server where the user may create databases;
#   2. Testcontainers, when a Docker engine answers;
#   3. otherwise this script: a throwaway server on a free loopback port, removed when the tests end.
set -euo pipefail
cd "$(dirname "$0")"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
RESULTS="$PWD/TestResults"
PG_DIR=""

stop_postgres() {
  if [[ -n "$PG_DIR" && -d "$PG_DIR" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap stop_postgres EXIT

# initdb refuses to run as root, so root runs the server as the postgres user.
as_pg() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port between 54320 and 54420" >&2; return 1
}

start_postgres() {
  if [[ ! -x "$PG_BIN/initdb" ]]; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
      echo "PostgreSQL server binaries missing: installing Debian's postgresql package" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "PostgreSQL server binaries not found in $PG_BIN: install PostgreSQL (Debian: apt-get install postgresql)," \
        "set PG_BIN, or set TIMETRACKING_TEST_POSTGRES to a server of your own." >&2
      exit 1
    fi
  fi
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres
  fi

  local port
  port="$(free_port)"
  PG_DIR="$(mktemp -d /tmp/timetracking-pg.XXXXXX)"
  chmod 755 "$PG_DIR"
  [[ $EUID -eq 0 ]] && chown postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log"
  # Durability settings are off: this server lives for one test run.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  export TIMETRACKING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "Started a throwaway PostgreSQL on 127.0.0.1:$port" >&2
}

if [[ -z "${TIMETRACKING_TEST_POSTGRES:-}" ]]; then
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    echo "A Docker engine answers: the tests start PostgreSQL with Testcontainers" >&2
  else
    start_postgres
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
