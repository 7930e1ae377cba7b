#!/usr/bin/env bash
# Sourced by test.sh and bench/run.sh: a PostgreSQL server that lives for one run, on a free loopback port.
#
#   source scripts/throwaway-postgres.sh
#   start_throwaway_postgres [extra postgres -c settings...]   # exports THROWAWAY_PG_PORT and THROWAWAY_PG_CONNECTION
#   stop_throwaway_postgres                                      # also registered on EXIT
#   crash_throwaway_postgres                                     # for fault tests: stop it as a crash would
#   restart_throwaway_postgres                                   # start it again, same port and data
#
# Uses the server binaries in PG_BIN (default: Debian's PostgreSQL 15); as root on Debian it installs the
# postgresql package when they are missing, and runs the server as the postgres user (initdb refuses root).

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
THROWAWAY_PG_DIR=""
THROWAWAY_PG_OPTIONS=""

_as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_free_loopback_port() {
  # From a random place in the range: runs started together, or a run whose server is down for a moment (the fault
  # scenarios), rarely reach for the same port.
  local start=$((RANDOM % 101)) offset port
  for offset in $(seq 0 100); do
    port=$((54320 + (start + offset) % 101))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port between 54320 and 54420" >&2
  return 1
}

_ensure_postgres_binaries() {
  [[ -x "$PG_BIN/initdb" ]] && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "PostgreSQL server binaries missing: installing Debian's postgresql package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL server binaries not found in $PG_BIN: install PostgreSQL (Debian: apt-get install postgresql)," \
      "or set PG_BIN." >&2
    return 1
  fi
}

start_throwaway_postgres() {
  _ensure_postgres_binaries
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres
  fi

  local port settings=() setting
  port="$(_free_loopback_port)"
  for setting in "$@"; do settings+=(-c "$setting"); done

  THROWAWAY_PG_DIR="$(mktemp -d /tmp/timetracking-pg.XXXXXX)"
  chmod 755 "$THROWAWAY_PG_DIR"
  if [[ $EUID -eq 0 ]]; then chown postgres "$THROWAWAY_PG_DIR"; fi
  trap stop_throwaway_postgres EXIT

  _as_postgres "$PG_BIN/initdb" -D "$THROWAWAY_PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale \
    >"$THROWAWAY_PG_DIR/initdb.log"
  THROWAWAY_PG_OPTIONS="-p $port -k $THROWAWAY_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300"
  THROWAWAY_PG_OPTIONS+=" ${settings[*]}"
  _pg_ctl_start

  export THROWAWAY_PG_PORT="$port"
  export THROWAWAY_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "Started a throwaway PostgreSQL on 127.0.0.1:$port" >&2
}

stop_throwaway_postgres() {
  if [[ -n "$THROWAWAY_PG_DIR" && -d "$THROWAWAY_PG_DIR" ]]; then
    _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_PG_DIR"
    THROWAWAY_PG_DIR=""
  fi
}

# Stops the server as a crash would: no checkpoint, every client cut off at once; what was committed is in the WAL.
crash_throwaway_postgres() {
  _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate stop >/dev/null
}

# Starts the server on its data directory with the options it first started with; returns once it accepts connections
# (after a crash, once it has replayed the WAL).
restart_throwaway_postgres() { _pg_ctl_start; }

_pg_ctl_start() {
  _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w -t 60 start \
    -o "$THROWAWAY_PG_OPTIONS" >/dev/null
}
