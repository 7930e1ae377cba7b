#!/usr/bin/env bash
# Sourced by test.sh, tests/faults/run.sh and bench/run.sh: a PostgreSQL server that lives for one run, on a free
# loopback port.
#
#   source scripts/throwaway-postgres.sh
#   start_throwaway_postgres [extra postgres -c settings...]   # exports THROWAWAY_PG_PORT and THROWAWAY_PG_CONNECTION
#   stop_throwaway_postgres                                      # also run at exit (scripts/exit-handlers.sh)
#   crash_throwaway_postgres                                     # for fault tests: stop it as a crash would
#   restart_throwaway_postgres                                   # start it again, same port and data
#   free_loopback_port                                           # a port for another server of the run
#
# Uses the server binaries in PG_BIN (default: Debian's PostgreSQL 15); as root on Debian it installs the
# postgresql package when they are missing, and runs the server as the postgres user (initdb refuses root).
#
# When the server does not start, the tails of initdb.log and server.log are printed, and when the script exits with
# a failure the server's directory is kept (its path is printed) instead of removed.

# shellcheck source=scripts/exit-handlers.sh
source "$(dirname "${BASH_SOURCE[0]}")/exit-handlers.sh"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
THROWAWAY_PG_DIR=""
THROWAWAY_PG_OPTIONS=""
_THROWAWAY_PG_KEEP=""
_THROWAWAY_PG_ATTEMPTS=5 # ports tried before giving up when the server cannot bind

_as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Ports are taken from the 1,000 just below the kernel's ephemeral range (ip_local_port_range): the client ends of
# outgoing connections, thousands of them during a test run, come from that range and could hold any port inside it,
# which a probe for a listener does not see. Below it, only a server that binds explicitly can hold a port, and the
# check below sees every socket, listening or not.
free_loopback_port() {
  local ephemeral_low=32768 window=1000 start offset port
  if [[ -r /proc/sys/net/ipv4/ip_local_port_range ]]; then
    read -r ephemeral_low _ </proc/sys/net/ipv4/ip_local_port_range
  fi
  # From a random place in the window: runs started together rarely reach for the same port.
  start=$((RANDOM % window))
  for ((offset = 0; offset < window; offset++)); do
    port=$((ephemeral_low - window + (start + offset) % window))
    ((port >= 1024)) || continue
    if _port_unused "$port"; then echo "$port"; return 0; fi
  done
  echo "no free loopback port in the $window below the ephemeral range ($ephemeral_low)" >&2
  return 1
}

_port_unused() { # port
  if command -v ss >/dev/null; then
    [[ -z "$(ss -Htan "( sport = :$1 )" 2>/dev/null)" ]]
  else
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
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

  local port settings=() setting attempt
  for setting in "$@"; do settings+=(-c "$setting"); done

  THROWAWAY_PG_DIR="$(mktemp -d /tmp/timetracking-pg.XXXXXX)"
  chmod 755 "$THROWAWAY_PG_DIR"
  if [[ $EUID -eq 0 ]]; then chown postgres "$THROWAWAY_PG_DIR"; fi
  on_exit stop_throwaway_postgres

  if ! _as_postgres "$PG_BIN/initdb" -D "$THROWAWAY_PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 \
    --no-locale >"$THROWAWAY_PG_DIR/initdb.log" 2>&1; then
    _report_start_failure "initdb failed"
    return 1
  fi

  for ((attempt = 1; attempt <= _THROWAWAY_PG_ATTEMPTS; attempt++)); do
    port="$(free_loopback_port)" || return 1
    THROWAWAY_PG_OPTIONS="-p $port -k $THROWAWAY_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300"
    THROWAWAY_PG_OPTIONS+=" ${settings[*]}"
    if _pg_ctl_start; then
      export THROWAWAY_PG_PORT="$port"
      export THROWAWAY_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "Started a throwaway PostgreSQL on 127.0.0.1:$port" >&2
      return 0
    fi
    if ! grep -q 'could not bind' "$THROWAWAY_PG_DIR/server.log" 2>/dev/null; then break; fi
    echo "PostgreSQL could not bind 127.0.0.1:$port (taken since it was checked); trying another port" >&2
    mv "$THROWAWAY_PG_DIR/server.log" "$THROWAWAY_PG_DIR/server-port-$port.log"
  done
  _report_start_failure "PostgreSQL did not start"
  return 1
}

stop_throwaway_postgres() {
  [[ -n "$THROWAWAY_PG_DIR" && -d "$THROWAWAY_PG_DIR" ]] || return 0
  _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  if [[ ${EXIT_STATUS:-0} -ne 0 || -n $_THROWAWAY_PG_KEEP ]]; then
    echo "The run failed: the throwaway PostgreSQL's directory (logs and data) is kept in $THROWAWAY_PG_DIR" >&2
    _THROWAWAY_PG_KEEP=""
  else
    rm -rf "$THROWAWAY_PG_DIR"
  fi
  THROWAWAY_PG_DIR=""
}

# Stops the server as a crash would: no checkpoint, every client cut off at once; what was committed is in the WAL.
crash_throwaway_postgres() {
  _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate stop >/dev/null
}

# Starts the server on its data directory with the options it first started with; returns once it accepts connections
# (after a crash, once it has replayed the WAL). The port stays: clients are still sending to it.
restart_throwaway_postgres() {
  _pg_ctl_start || { _report_start_failure "PostgreSQL did not start again"; return 1; }
}

_pg_ctl_start() {
  _as_postgres "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w -t 60 start \
    -o "$THROWAWAY_PG_OPTIONS" >/dev/null 2>&1
}

# Prints what the server said before anything is removed, and marks the run failed so that its directory is kept.
_report_start_failure() { # what happened
  local log
  echo "$1; the last lines of its logs follow (all kept in $THROWAWAY_PG_DIR)" >&2
  for log in "$THROWAWAY_PG_DIR"/initdb.log "$THROWAWAY_PG_DIR"/server*.log; do
    [[ -s $log ]] || continue
    echo "---- $log" >&2
    tail -n 20 "$log" >&2
  done
  _THROWAWAY_PG_KEEP=1
}
