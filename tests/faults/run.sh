#!/usr/bin/env bash
# Fault injection against the real thing: the published API (Release) as its own process on a free loopback port, and a
# throwaway PostgreSQL with production durability (fsync and synchronous_commit on). Three scenarios:
#
#   1. PostgreSQL killed (pg_ctl stop -m immediate) under concurrent tracks and stops, started again 4 s later; the API
#      keeps running. Every request sent while the database is down must get a 503 problem document with Retry-After
#      within 5 s, and the same API process must serve again once the database is back.
#   2. The API killed with SIGKILL under the same load, then started again.
#   3. SIGTERM while a request is deterministically in flight (its INSERT waits on a table lock): the request must be
#      answered 200 and the process must exit on its own with status 0.
#
# After 1 and 2, SQL checks every acknowledged write: each track answered 200 {"id": N} is a row with the user_id and
# description sent, each stop answered 200 has an end_time. Prints the numbers per scenario and ends with one line,
# "N passed, N failed" (a check each); exits non-zero when any failed. About 30 s on 2 cores, publishing included.
#
#   tests/faults/run.sh                              # TIMETRACKING_FAULTS_KEEP=1 keeps logs and request records
#
# Needs the .NET SDK, curl and the PostgreSQL server binaries (see scripts/throwaway-postgres.sh). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C PGCLIENTENCODING=UTF8

CLIENTS=6             # concurrent clients, each tracking and stopping in turn
LOAD_SECONDS=3        # load before each fault
OUTAGE_SECONDS=4      # how long PostgreSQL stays down
AFTER_SECONDS=2       # load once the API serves again
RECOVERY_LIMIT=30     # seconds the API may take to serve again
UNAVAILABLE_LIMIT=5   # seconds within which a request must hear that the database is down

WORK="$(mktemp -d /tmp/timetracking-faults.XXXXXX)"
API_PID=""
CLIENT_PIDS=()
PASSED=0
FAILED=0

command -v curl >/dev/null || { echo "curl is required (Debian: apt-get install curl)" >&2; exit 1; }
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

# Registered before anything starts, so that it runs however the script ends; the throwaway server registers its own
# stop beside it (scripts/exit-handlers.sh).
cleanup() {
  local pid
  for pid in "${CLIENT_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "$API_PID" ]]; then kill -KILL "$API_PID" 2>/dev/null || true; fi
  rm -rf "$WORK/api"
  if [[ $FAILED -eq 0 && $EXIT_STATUS -eq 0 && -z "${TIMETRACKING_FAULTS_KEEP:-}" ]]; then
    rm -rf "$WORK"
  else
    echo "Logs and request records kept in $WORK" >&2
  fi
}
on_exit cleanup

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

check() { # description, then a command that succeeds when the check holds
  local description=$1
  shift
  if "$@"; then
    PASSED=$((PASSED + 1))
    echo "   PASS $description"
  else
    FAILED=$((FAILED + 1))
    echo "   FAIL $description"
  fi
}

psql_db() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt -d timetracking "$@"
}

# Instants are $EPOCHREALTIME values: seconds with microseconds, no process started to read the clock.
seconds_between() { awk -v from="$1" -v to="$2" 'BEGIN { printf "%.2f", to - from }'; }
seconds_since() { seconds_between "$1" "$EPOCHREALTIME"; }
sleep_until() { # instant, seconds after it
  sleep "$(awk -v at="$1" -v plus="$2" -v now="$EPOCHREALTIME" \
    'BEGIN { left = at + plus - now; printf "%.3f", (left > 0 ? left : 0) }')"
}

# Polls a query that counts what is awaited; true once it is non-zero, false after 10 s.
await_in_database() { # SQL
  local deadline=$((SECONDS + 10))
  until [[ "$(psql_db -c "$1")" != 0 ]]; do
    ((SECONDS < deadline)) || return 1
    sleep 0.05
  done
}

# ---- the API as a process ------------------------------------------------------------------------------------------

# Starts the published API on a URL and waits for /health/ready; sets API_URL (as the API logged it once bound), API_PID
# and API_READY_SECONDS.
start_api() { # URL to listen on
  local started=$EPOCHREALTIME deadline=$((SECONDS + 60)) first_line
  first_line=$(($(wc -l <"$WORK/api.log") + 1))
  # From its own directory, as in the container: appsettings.json is found in the working directory.
  (cd "$WORK/api" && ASPNETCORE_ENVIRONMENT=Production Authentication__Mode=None RateLimiting__Enabled=false \
    ConnectionStrings__TimeTracking="$DB_CONNECTION" exec dotnet TimeTracking.WebApi.dll --urls "$1" \
    >>"$WORK/api.log" 2>&1) &
  API_PID=$!
  API_URL=""
  until [[ -n "$API_URL" ]] && curl -sf -o /dev/null --max-time 2 "$API_URL/health/ready"; do
    if ! kill -0 "$API_PID" 2>/dev/null || ((SECONDS > deadline)); then
      tail -n 40 "$WORK/api.log" >&2
      echo "the API did not become ready" >&2
      exit 1
    fi
    sleep 0.05
    # ASP.NET Core logs "Now listening on: http://127.0.0.1:PORT" once it has bound.
    API_URL="$(tail -n +"$first_line" "$WORK/api.log" |
      sed -n 's|^ *Now listening on: \(http://[0-9.:]*\)$|\1|p' | head -n 1)"
  done
  API_READY_SECONDS=$(seconds_since "$started")
}

# ---- load ----------------------------------------------------------------------------------------------------------

# One request; appends "start<TAB>path<TAB>status<TAB>seconds<TAB>retry-after<TAB>content-type<TAB>body" to the
# records file and sets REPLY_STATUS and REPLY_BODY. Status 000: no HTTP answer (refused, reset, timed out).
send() { # records file, path, JSON body
  local started=$EPOCHREALTIME out meta
  out="$(curl -s --connect-timeout 2 --max-time 10 -X POST "$API_URL/$2" -H 'Content-Type: application/json' \
    --data-binary "$3" -w '\n%{http_code}\t%{time_total}\t%header{retry-after}\t%header{content-type}')" || true
  meta=${out##*$'\n'}
  REPLY_BODY=${out%$'\n'*}
  REPLY_BODY=${REPLY_BODY//[$'\t\n']/ }
  REPLY_STATUS=${meta%%$'\t'*}
  printf '%s\t%s\t%s\t%s\n' "$started" "$2" "$meta" "$REPLY_BODY" >>"$1"
  # A refused or unavailable answer comes back at once; do not spin on it.
  [[ $REPLY_STATUS == [24]* ]] || sleep 0.05
}

# A client: tracks a task, stops the oldest acknowledged one not yet stopped, again and again until $dir/stop exists.
# Acknowledged writes go to tracks-N.tsv (id, user_id, description) and stops-N.tsv (id). A stop that got no answer
# or a 503 is sent again; a 409 then means the earlier attempt had committed after all.
drive() { # scenario directory, client number, user id
  local dir=$1 client=$2 user=$3 task=0 pending=() id description
  while [[ ! -e "$dir/stop" ]]; do
    task=$((task + 1))
    description="fault client $client task $task, Übung"
    send "$dir/records-$client.tsv" track "{\"user_id\":$user,\"description\":\"$description\"}"
    if [[ $REPLY_STATUS == 200 && $REPLY_BODY =~ ^\{\"id\":([0-9]+)\}$ ]]; then
      printf '%s\t%s\t%s\n' "${BASH_REMATCH[1]}" "$user" "$description" >>"$dir/tracks-$client.tsv"
      pending+=("${BASH_REMATCH[1]}")
    fi
    if [[ ${#pending[@]} -gt 0 ]]; then
      id=${pending[0]}
      send "$dir/records-$client.tsv" stop "{\"id\":$id}"
      case $REPLY_STATUS in
        200) echo "$id" >>"$dir/stops-$client.tsv" && pending=("${pending[@]:1}") ;;
        404 | 409) pending=("${pending[@]:1}") ;;
      esac
    fi
  done
}

start_load() { # scenario directory, user ids start after this
  local client
  mkdir -p "$1"
  CLIENT_PIDS=()
  for client in $(seq 1 "$CLIENTS"); do
    : >"$1/tracks-$client.tsv"
    : >"$1/stops-$client.tsv"
    drive "$1" "$client" $(($2 + client)) &
    CLIENT_PIDS+=($!)
  done
}

stop_load() { # scenario directory
  touch "$1/stop"
  wait "${CLIENT_PIDS[@]}" || true
  CLIENT_PIDS=()
}

acknowledged_count() { cat "$1"/tracks-*.tsv "$1"/stops-*.tsv | wc -l; }

# Waits until a write is acknowledged after this call, or RECOVERY_LIMIT seconds; true when one was.
await_acknowledgement() { # scenario directory
  local before deadline=$((SECONDS + RECOVERY_LIMIT))
  before=$(acknowledged_count "$1")
  until (($(acknowledged_count "$1") > before)); do
    ((SECONDS < deadline)) || return 1
    sleep 0.05
  done
}

# ---- what the records say ------------------------------------------------------------------------------------------

# Reads every record of a scenario; FAULT_AT..BACK_AT is while the fault lasted (requests started then were sent into
# it). Sets R_SENT, R_503, R_OTHER_5XX, R_NO_ANSWER, R_TRACES, R_STOP_409, R_OK_BEFORE, R_OK_AFTER, R_DOWN_SENT,
# R_DOWN_503, R_DOWN_WRONG, R_DOWN_MAX_S, R_DOWN_SLOW and R_FIRST_OK (when the first 200 after the fault arrived).
summarise_records() { # scenario directory
  read -r R_SENT R_503 R_OTHER_5XX R_NO_ANSWER R_TRACES R_STOP_409 R_OK_BEFORE R_OK_AFTER R_DOWN_SENT R_DOWN_503 \
    R_DOWN_WRONG R_DOWN_MAX_S R_DOWN_SLOW R_FIRST_OK < <(cat "$1"/records-*.tsv | awk -F '\t' \
    -v fault="$FAULT_AT" -v back="$BACK_AT" -v limit="$UNAVAILABLE_LIMIT" '
    {
      start = $1 + 0; path = $2; status = $3; seconds = $4 + 0; end = start + seconds
      sent++
      if (status == "503") unavailable++
      else if (status ~ /^5/) other5xx++
      if (status == "000") unanswered++
      if (path == "stop" && status == "409") stop409++
      # A stack frame, a file position or an exception type name in an answer.
      if ($7 ~ /Exception|StackTrace|\.cs:line|   at [A-Za-z_]+\./) traces++
      if (status == "200" && end < fault) okBefore++
      if (status == "200" && start >= fault) {
        okAfter++
        if (firstOk == "" || end < firstOk) firstOk = end
      }
      if (start >= fault && start < back) {
        downSent++
        if (seconds > downMax) downMax = seconds
        if (seconds > limit) slow++
        if (status == "503" && $5 != "" && $6 ~ /^application\/problem\+json/) down503++
        else if (!(status == "200" && end >= back)) wrong++ # a 200 only from the database come back
      }
    }
    END {
      printf "%d %d %d %d %d %d %d %d %d %d %d %.3f %d %s\n", sent, unavailable, other5xx, unanswered, traces, stop409,
        okBefore, okAfter, downSent, down503, wrong, downMax, slow, (firstOk == "" ? "none" : sprintf("%.6f", firstOk))
    }')
}

# Looks up the acknowledged writes in the database. Sets ACKED_TRACKS, ACKED_STOPS, FOUND_TRACKS, FOUND_STOPS.
verify_in_database() { # scenario directory
  cat "$1"/tracks-*.tsv >"$1/tracks.tsv"
  cat "$1"/stops-*.tsv >"$1/stops.tsv"
  ACKED_TRACKS=$(wc -l <"$1/tracks.tsv")
  ACKED_STOPS=$(wc -l <"$1/stops.tsv")
  read -r FOUND_TRACKS FOUND_STOPS < <(psql_db -F ' ' <<SQL
CREATE TEMP TABLE acked_tracks (id bigint PRIMARY KEY, user_id bigint, description text);
\copy acked_tracks FROM '$1/tracks.tsv'
CREATE TEMP TABLE acked_stops (id bigint PRIMARY KEY);
\copy acked_stops FROM '$1/stops.tsv'
SELECT
  (SELECT count(*) FROM acked_tracks a JOIN tasks t USING (id)
    WHERE t.user_id = a.user_id AND t.description = a.description),
  (SELECT count(*) FROM acked_stops a JOIN tasks t USING (id) WHERE t.end_time IS NOT NULL);
SQL
  )
}

report_load() {
  echo "   clients: $CLIENTS; requests sent: $R_SENT; 200s: $R_OK_BEFORE before the fault, $R_OK_AFTER after it;" \
    "503s: $R_503; other 5xx: $R_OTHER_5XX; no HTTP answer: $R_NO_ANSWER"
  echo "   acknowledged: $ACKED_TRACKS tracks, $ACKED_STOPS stops; found in the database: $FOUND_TRACKS tracks as" \
    "sent, $FOUND_STOPS stops with an end_time; 409 for a stop sent again after no answer or a 503: $R_STOP_409"
}

# Once the fault is over: waits for the API to acknowledge a write again, keeps the load on a little longer, stops it
# and reports. Sets RECOVERED (true when a write was acknowledged within RECOVERY_LIMIT s) and the variables above.
finish_load() { # scenario directory
  RECOVERED=true
  await_acknowledgement "$1" || RECOVERED=false
  sleep "$AFTER_SECONDS"
  stop_load "$1"
  summarise_records "$1"
  verify_in_database "$1"
  report_load
}

check_acknowledged_writes() {
  check "the load ran: writes acknowledged before the fault and after it" \
    test "$R_OK_BEFORE" -gt 0 -a "$R_OK_AFTER" -gt 0
  check "every acknowledged track is in the database with its user_id and description ($FOUND_TRACKS/$ACKED_TRACKS)" \
    test "$FOUND_TRACKS" -eq "$ACKED_TRACKS"
  check "every acknowledged stop has an end_time ($FOUND_STOPS/$ACKED_STOPS)" test "$FOUND_STOPS" -eq "$ACKED_STOPS"
}

check_answers() { # 503 when the database was down, so 503s were due; none otherwise
  if [[ $1 == 503 ]]; then
    check "no 5xx other than 503 ($R_OTHER_5XX)" test "$R_OTHER_5XX" -eq 0
  else
    check "no 5xx ($((R_OTHER_5XX + R_503)))" test $((R_OTHER_5XX + R_503)) -eq 0
  fi
  check "no stack trace or exception name in any answer ($R_TRACES)" test "$R_TRACES" -eq 0
}

# ---- set-up --------------------------------------------------------------------------------------------------------

started_at=$SECONDS
log "publishing the API in Release"
dotnet publish src/WebApi/WebApi.csproj -c Release -o "$WORK/api" --nologo -v q >"$WORK/publish.log" 2>&1 ||
  { cat "$WORK/publish.log" >&2; exit 1; }

# No settings: PostgreSQL's defaults, fsync and synchronous_commit on, as in production.
# shellcheck disable=SC2119
start_throwaway_postgres
"$PG_BIN/psql" -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -qc "CREATE DATABASE timetracking"
durability="$(psql_db -c "SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit')")"
if [[ $durability != on/on ]]; then
  echo "PostgreSQL must run with fsync and synchronous_commit on, not $durability" >&2
  exit 1
fi
DB_CONNECTION="Host=127.0.0.1;Port=$THROWAWAY_PG_PORT;Username=postgres;Database=timetracking"
: >"$WORK/api.log"

log "starting the API (applies the migrations)"
# A port below the ephemeral range: scenario 2 starts the API again on it while the clients' connections churn
# through ephemeral ports, any of which could otherwise be holding it by then.
start_api "http://127.0.0.1:$(free_loopback_port)"
log "ready on $API_URL after ${API_READY_SECONDS} s; PostgreSQL fsync/synchronous_commit: $durability"

# ---- 1. PostgreSQL killed ------------------------------------------------------------------------------------------

echo "== 1. PostgreSQL killed mid-run (pg_ctl stop -m immediate), started again ${OUTAGE_SECONDS} s later;" \
  "the API keeps running"
dir="$WORK/postgres-killed"
api_pid_before=$API_PID
start_load "$dir" 100000
sleep "$LOAD_SECONDS"
crash_throwaway_postgres
FAULT_AT=$EPOCHREALTIME
log "PostgreSQL killed"
sleep "$OUTAGE_SECONDS"
BACK_AT=$EPOCHREALTIME
restart_throwaway_postgres
up_at=$EPOCHREALTIME
log "PostgreSQL accepts connections again after $(seconds_since "$BACK_AT") s of crash recovery"
finish_load "$dir"
echo "   while PostgreSQL was down (requests sent from the kill to pg_ctl start): $R_DOWN_SENT, $R_DOWN_503 answered" \
  "503 problem+json with Retry-After, $R_DOWN_WRONG otherwise; slowest $R_DOWN_MAX_S s"
if [[ $R_FIRST_OK == none ]]; then
  echo "   recovery: no write acknowledged within $RECOVERY_LIMIT s of PostgreSQL's return"
else
  # pg_ctl start -w looks every 0.1 s whether the server is up, so the API may serve a moment before it returns.
  echo "   recovery: pg_ctl start -w returned after $(seconds_between "$BACK_AT" "$up_at") s (crash recovery);" \
    "first write acknowledged $(seconds_between "$BACK_AT" "$R_FIRST_OK") s after pg_ctl start, by the same API" \
    "process; outage seen by clients $(seconds_between "$FAULT_AT" "$R_FIRST_OK") s from the kill"
fi
same_api_serves() { $RECOVERED && [[ $API_PID == "$api_pid_before" ]] && kill -0 "$API_PID"; }
check_acknowledged_writes
check "every request sent while PostgreSQL was down got 503 problem+json with Retry-After ($R_DOWN_503/$R_DOWN_SENT)" \
  test "$R_DOWN_SENT" -gt 0 -a "$R_DOWN_WRONG" -eq 0
check "each within $UNAVAILABLE_LIMIT s (slowest $R_DOWN_MAX_S s, $R_DOWN_SLOW slower)" test "$R_DOWN_SLOW" -eq 0
check "the same API process serves again once PostgreSQL is back (within $RECOVERY_LIMIT s)" same_api_serves
check_answers 503

# ---- 2. API killed -------------------------------------------------------------------------------------------------

echo "== 2. The API killed mid-run (kill -9), started again"
dir="$WORK/api-killed"
start_load "$dir" 200000
sleep "$LOAD_SECONDS"
kill -KILL "$API_PID"
wait "$API_PID" 2>/dev/null || true
FAULT_AT=$EPOCHREALTIME
log "API killed"
start_api "$API_URL" # The same port: the clients keep sending there.
BACK_AT=$EPOCHREALTIME
log "API ready again after ${API_READY_SECONDS} s"
finish_load "$dir"
echo "   the new API process was ready ${API_READY_SECONDS} s after the kill; requests sent meanwhile: $R_DOWN_SENT"
check_acknowledged_writes
check "the restarted API serves (a write acknowledged within $RECOVERY_LIMIT s)" "$RECOVERED"
check_answers none

# ---- 3. SIGTERM with a request in flight ---------------------------------------------------------------------------

echo "== 3. SIGTERM while a request is in flight: it completes, the process exits 0"
dir="$WORK/sigterm"
mkdir -p "$dir"
# A session holds an exclusive lock on tasks, so the next POST /track waits in its INSERT until the session commits.
mkfifo "$dir/lock.sql"
psql_db <"$dir/lock.sql" >"$dir/lock.log" 2>&1 &
lock_pid=$!
exec 7>"$dir/lock.sql"
echo "BEGIN; LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE;" >&7
if ! await_in_database "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
    WHERE c.relname = 'tasks' AND l.mode = 'AccessExclusiveLock' AND l.granted"; then
  echo "the lock on tasks was not taken" >&2
  exit 1
fi

curl -s --max-time 40 -X POST "$API_URL/track" -H 'Content-Type: application/json' \
  --data-binary '{"user_id":300001,"description":"in flight at SIGTERM"}' -w '\n%{http_code}' >"$dir/in-flight.out" &
in_flight_pid=$!
blocked=true
await_in_database "SELECT count(*) FROM pg_stat_activity
  WHERE datname = 'timetracking' AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO tasks%'" || blocked=false

kill -TERM "$API_PID"
term_at=$EPOCHREALTIME
# New connections must be refused while the request is still in flight, that is before the lock goes 1 s later.
refused=false
refused_after=never
for _ in $(seq 1 9); do
  sleep 0.1
  probe=0
  curl -s -o /dev/null --max-time 1 "$API_URL/health/live" || probe=$?
  if [[ $probe -eq 7 ]]; then # curl's "could not connect"
    refused=true
    refused_after="$(seconds_since "$term_at") s"
    break
  fi
done
sleep_until "$term_at" 1
echo "COMMIT;" >&7
exec 7>&-
wait "$lock_pid" || true
released_at=$EPOCHREALTIME

wait "$in_flight_pid" || true
in_flight="$(cat "$dir/in-flight.out")"
in_flight_status=${in_flight##*$'\n'}
in_flight_id="$(sed -n 's/^{"id":\([0-9]*\)}$/\1/p' <<<"${in_flight%$'\n'*}")"
exit_deadline=$((SECONDS + 40))
while kill -0 "$API_PID" 2>/dev/null && ((SECONDS < exit_deadline)); do sleep 0.05; done
exit_seconds=$(seconds_since "$term_at")
kill -KILL "$API_PID" 2>/dev/null || true # Still running after 40 s: its exit status will say so.
exit_status=0
wait "$API_PID" || exit_status=$?
API_PID=""
row="$(psql_db -c "SELECT count(*) FROM tasks WHERE id = ${in_flight_id:-0} AND user_id = 300001
  AND description = 'in flight at SIGTERM'")"

echo "   in flight when SIGTERM was sent (its INSERT waiting on the lock): $blocked; new connections refused" \
  "$refused_after after SIGTERM; lock released $(seconds_between "$term_at" "$released_at") s after SIGTERM"
echo "   the in-flight POST /track: status $in_flight_status, id ${in_flight_id:-none}, rows found: $row;" \
  "the API exited with status $exit_status ${exit_seconds} s after SIGTERM"
check "the request was in flight (waiting on the lock) when SIGTERM arrived" "$blocked"
check "new connections are refused after SIGTERM while the request is in flight" "$refused"
check "the in-flight request was answered 200 with an id" test "$in_flight_status" = 200 -a -n "$in_flight_id"
check "its task is in the database" test "$row" = 1
check "the API exited on its own, with status 0" test "$exit_status" -eq 0

echo "Fault scenarios took $((SECONDS - started_at)) s."
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
