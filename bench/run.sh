#!/usr/bin/env bash
# The TimeTracking benchmark: the API (Release build) against its floor, pgbench issuing the API's own SQL, on one
# throwaway PostgreSQL loaded with a few years of history. See bench/README.md.
#
#   bench/run.sh           full run (about 8 minutes on 2 cores)
#   bench/run.sh --quick   CI-sized smoke run (about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
export BENCH_DIR="$ROOT/bench"

if [[ "${1:-}" == "--quick" ]]; then
  MODE=quick DURATION=3 WARMUP=10 USERS=1000 PER_USER=100 HEAVY_TASKS=10000 STOP_POOL=200000 COLD_RUNS=2
else
  MODE=full DURATION=15 WARMUP=30 USERS=10000 PER_USER=100 HEAVY_TASKS=100000 STOP_POOL=1800000 COLD_RUNS=5
fi
HEAVY_USER=1000001
LIGHT_USER=1000002
CONNECTIONS=(16 64)
WORKLOADS=(track stop times mix)
export WRK_THREADS=2 BENCH_USERS="$USERS"

OUT="$(mktemp -d /tmp/timetracking-bench.XXXXXX)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
REPORT="$RESULTS/$(date -u +%Y-%m-%dT%H%MZ)-$MODE.txt"
API_PID=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

require_tool() {
  command -v "$1" >/dev/null && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing $2 (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "$1 is required: install the Debian package $2" >&2
    exit 1
  fi
}
require_tool wrk wrk
require_tool curl curl
require_tool psql postgresql-client
bench/seed-app/install.sh # the blog post's FastAPI app, our peer (bench/seed-app/README.md)

# shellcheck source=../scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
PGBENCH="$PG_BIN/pgbench"

cleanup() {
  stop_api
  stop_seed
  rm -rf "$OUT"
}
on_exit cleanup # beside the throwaway server's own stop (scripts/exit-handlers.sh)

stop_api() {
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID"
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
}

# Starts the published API; STARTUP_MS is the time from launch to the first 200 from /health/ready.
start_api() {
  local started now
  started=$(date +%s%N)
  # From its own directory, as in the container: the content root, where appsettings.json is, is the working directory.
  # The rate limiter is off: all load comes from one address, far above any per-caller budget.
  (cd "$OUT/api" && ASPNETCORE_ENVIRONMENT=Production Authentication__Mode=None ConnectionStrings__TimeTracking="$DB_CONNECTION" RateLimiting__Enabled=false \
    exec dotnet TimeTracking.WebApi.dll --urls "http://127.0.0.1:$API_PORT" >>"$OUT/api.log" 2>&1) &
  API_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$API_PORT/health/ready"; do
    kill -0 "$API_PID" 2>/dev/null || { cat "$OUT/api.log" >&2; echo "the API exited" >&2; exit 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  STARTUP_MS=$(((now - started) / 1000000))
}

SEED_PID=""

# Starts the seed app on the copy of the data (one uvicorn worker, as the post deploys it); it listens once its pool
# has connected, so the first 200 means ready.
start_seed() {
  (cd bench/seed-app && DATABASE_URL="postgresql://postgres@127.0.0.1:$THROWAWAY_PG_PORT/seed" TZ=UTC \
    exec /usr/bin/python3 -m uvicorn main:app --host 127.0.0.1 --port "$SEED_PORT" --workers 1 --no-access-log \
    >>"$OUT/seed.log" 2>&1) &
  SEED_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$SEED_PORT/docs"; do
    kill -0 "$SEED_PID" 2>/dev/null || { cat "$OUT/seed.log" >&2; echo "the seed app exited" >&2; exit 1; }
    sleep 0.01
  done
}

stop_seed() {
  if [[ -n "$SEED_PID" ]] && kill -0 "$SEED_PID" 2>/dev/null; then
    kill -TERM "$SEED_PID"
    wait "$SEED_PID" 2>/dev/null || true
  fi
  SEED_PID=""
}

# CPU time a process has used so far (user and system), in microseconds.
cpu_us() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1e6 / hz }' "/proc/$1/stat"; }

psql_db() { psql -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@" timetracking; }

# ---- set-up ------------------------------------------------------------------------------------------------------
log "mode: $MODE ($DURATION s per run); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
log "publishing the API in Release"
# ReadyToRun, as the container image is built: precompiled code starts in about two thirds of the time.
dotnet publish src/WebApi/WebApi.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$OUT/api" --nologo -v q >"$OUT/publish.log" 2>&1 ||
  { cat "$OUT/publish.log" >&2; exit 1; }

# Default durability (fsync and synchronous commit on), as a production server would run: the floor pays it too.
start_throwaway_postgres shared_buffers=512MB effective_cache_size=4GB
psql -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -qc "CREATE DATABASE timetracking"
DB_CONNECTION="Host=127.0.0.1;Port=$THROWAWAY_PG_PORT;Username=postgres;Database=timetracking"
API_PORT="$(free_loopback_port)"
SEED_PORT="$(free_loopback_port)"

log "migrating the empty database (the API's first start)"
start_api
stop_api

log "loading history: $USERS users x $PER_USER tasks, a heavy user with $HEAVY_TASKS, a light user with 10, $STOP_POOL running"
load_started=$(date +%s)
pool="$(psql_db -v users="$USERS" -v per_user="$PER_USER" -v heavy_user="$HEAVY_USER" -v heavy_tasks="$HEAVY_TASKS" \
  -v light_user="$LIGHT_USER" -v stop_pool="$STOP_POOL" -f bench/seed.sql | grep '^STOP_POOL')"
read -r _ POOL_FIRST POOL_LAST <<<"$pool"
psql_db -c "VACUUM ANALYZE tasks"
TOTAL_TASKS="$(psql_db -c "SELECT count(*) FROM tasks")"
log "loaded $TOTAL_TASKS tasks in $(($(date +%s) - load_started)) s; running pool ids $POOL_FIRST..$POOL_LAST"
log "copying them for the seed app (database seed, its own schema: no index but the primary key)"
bench/seed-app/load-from.sh "$THROWAWAY_PG_PORT" timetracking seed

# The day query for the heavy user on a day in the middle of its history: the one-sided b-tree form it replaced,
# then the GiST form the API sends. Both read the same rows; the plans differ in what they scan. The user id is cast
# to bigint as the API's parameter is: btree_gist's int8 operator class does not take an int4 literal.
day_start="2020-01-15T00:00:00Z"
day_end="2020-01-16T00:00:00Z"
{
  # The b-tree existed before the GiST index replaced it; it is built again for the comparison and rolled back.
  echo "== before: b-tree (user_id, start_time) bounds the scan by the day's end only"
  psql_db <<SQL
BEGIN;
CREATE INDEX ix_tasks_user_id_start_time ON tasks (user_id, start_time);
DROP INDEX ix_tasks_user_id_span;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  SELECT t.id, t.description, t.end_time, t.start_time, t.user_id FROM tasks AS t
  WHERE t.user_id = $HEAVY_USER::bigint AND t.start_time < '$day_end'
    AND (t.start_time >= '$day_start' OR COALESCE(t.end_time, now()) > '$day_start')
  ORDER BY t.start_time, t.id;
ROLLBACK;
SQL
  echo
  echo "== after: GiST (user_id, span) finds the tasks overlapping the day"
  psql_db -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
    SELECT t.id, t.description, t.end_time, t.start_time, t.user_id
    FROM (SELECT * FROM tasks WHERE user_id = $HEAVY_USER::bigint
            AND tstzrange(start_time, coalesce(end_time, 'infinity'), '[]') && tstzrange('$day_start', '$day_end', '[)')) AS t
    WHERE t.start_time < '$day_end' AND (t.start_time >= '$day_start' OR COALESCE(t.end_time, now()) > '$day_start')
    ORDER BY t.start_time, t.id"
} >"$OUT/explain.txt"

log "starting the API (migrations already applied)"
start_api
log "ready after $STARTUP_MS ms"

# Each run that stops tasks gets its own slice of the running pool, so every API stop finds a running task.
SLICES=9
SLICE=$(((POOL_LAST - POOL_FIRST + 1) / SLICES))
next_slice=0
take_slice() {
  SLICE_FIRST=$((POOL_FIRST + next_slice * SLICE))
  SLICE_LAST=$((SLICE_FIRST + SLICE - 1))
  next_slice=$((next_slice + 1))
}

# ---- runs -----------------------------------------------------------------------------------------------------------
# One wrk run against a server; prints wrk's RESULT line with the server process's CPU time over the run appended.
run_wrk() { # script connections duration port pid
  local before result
  before=$(cpu_us "$5")
  result="$(STOP_FIRST="$SLICE_FIRST" STOP_LAST="$SLICE_LAST" \
    wrk -t "$WRK_THREADS" -c "$2" -d "${3}s" --timeout 10s -s "bench/wrk/$1.lua" "http://127.0.0.1:$4" | grep '^RESULT')"
  echo "$result cpu_us=$(($(cpu_us "$5") - before))"
}
run_api() { run_wrk "$1" "$2" "$3" "$API_PORT" "$API_PID"; }
run_seed() { run_wrk "$1" "$2" "$3" "$SEED_PORT" "$SEED_PID"; }

run_pgbench() { # workload connections -> "tps p50_us p99_us failed"
  local workload=$1 connections=$2 scripts=() prefix="$OUT/pgbench-$1-$2" txlog="$OUT/txlog-$1-$2"
  case "$workload" in
    mix) scripts=(-f bench/pgbench/track.sql@45 -f bench/pgbench/stop.sql@45 -f bench/pgbench/times.sql@10) ;;
    *) scripts=(-f "bench/pgbench/$workload.sql") ;;
  esac
  # Prepared statements, as the API's connections auto-prepare them.
  "$PGBENCH" -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -n -M prepared -c "$connections" -j "$WRK_THREADS" \
    -T "$DURATION" -D users="$USERS" -D pool_first="$SLICE_FIRST" -D pool_last="$SLICE_LAST" \
    -l --log-prefix="$txlog" "${scripts[@]}" timetracking >"$prefix.out" 2>&1
  local tps failed
  tps="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$prefix.out")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$prefix.out")"
  # Per-transaction log: the third column is the latency in microseconds.
  cat "$txlog".* | awk '{print $3}' | sort -n >"$prefix.latencies"
  local count p50 p99
  count=$(wc -l <"$prefix.latencies")
  p50=$(sed -n "$((count * 50 / 100 + 1))p" "$prefix.latencies")
  p99=$(sed -n "$((count * 99 / 100 + 1))p" "$prefix.latencies")
  echo "$tps $p50 $p99 ${failed:-0}"
}

field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" <<<"$2"; }
rate() { awk -v r="$(field requests "$1")" -v d="$(field duration_us "$1")" 'BEGIN {printf "%.0f", r / (d / 1e6)}'; }
cpu_per_request() { awk -v c="$(field cpu_us "$1")" -v r="$(field requests "$1")" 'BEGIN {printf "%.0f", c / r}'; }
errors() { echo $(($(field non2xx "$1") + $(field socket_errors "$1"))); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
ms() { awk -v v="$1" 'BEGIN {printf "%.2f", v / 1000}'; }

# Tiered compilation needs tens of seconds of load before the hot paths run fully optimised code; the seed app
# (CPython) has nothing to warm, but gets a short run so its pool is connected.
log "warming up (mix, 16 connections, $WARMUP s)"
take_slice
run_api mix 16 "$WARMUP" >/dev/null
log "starting the seed app"
start_seed
run_seed mix 16 3 >/dev/null

rows=()
for workload in "${WORKLOADS[@]}"; do
  for connections in "${CONNECTIONS[@]}"; do
    # The seed's database is a copy: it stops the same slice of the running pool as the API, in its own rows.
    [[ $workload == stop || $workload == mix ]] && take_slice
    log "API   $workload, $connections connections"
    api="$(run_api "$workload" "$connections" "$DURATION")"
    log "seed  $workload, $connections connections"
    seed="$(run_seed "$workload" "$connections" "$DURATION")"
    [[ $workload == stop || $workload == mix ]] && take_slice
    log "floor $workload, $connections connections"
    read -r floor_tps floor_p50 floor_p99 floor_failed <<<"$(run_pgbench "$workload" "$connections")"

    api_rps=$(rate "$api")
    seed_rps=$(rate "$seed")
    rows+=("$(printf '| %-6s | %5s | %9s | %9s | %9.0f | %8s | %8s | %8s | %8s | %8.2f | %8.2f | %5s | %5s | %5s |' \
      "$workload" "$connections" "$api_rps" "$seed_rps" "$floor_tps" \
      "$(ratio "$api_rps" "$seed_rps")" "$(ratio "$api_rps" "$floor_tps")" \
      "$(cpu_per_request "$api")" "$(cpu_per_request "$seed")" \
      "$(ms "$(field p50_us "$api")")" "$(ms "$(field p99_us "$api")")" \
      "$(errors "$api")" "$(errors "$seed")" "$floor_failed")")
  done
done
stop_seed

log "GET /times for the heavy user ($HEAVY_TASKS tasks) and the light user (10 tasks), 4 connections"
heavy="$(TIMES_USER=$HEAVY_USER run_api user_times 4 "$DURATION")"
light="$(TIMES_USER=$LIGHT_USER run_api user_times 4 "$DURATION")"

PEAK_RSS_MB=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$API_PID/status")
RSS_MB=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$API_PID/status")
stop_api

log "cold start: process start to the first answered POST /track, then the first call of each endpoint"
bench/coldstart.sh --app api="$OUT/api" --runs "$COLD_RUNS" >"$OUT/coldstart.txt"

# ---- report ---------------------------------------------------------------------------------------------------------
{
  echo "TimeTracking benchmark, $MODE mode, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "software: .NET $(dotnet --version), $("$PG_BIN/postgres" --version), wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}')," \
    "seed: FastAPI $(/usr/bin/python3 -c 'import fastapi; print(fastapi.__version__)') on uvicorn, one worker"
  echo "data: $TOTAL_TASKS tasks; $DURATION s per run; wrk and pgbench with $WRK_THREADS threads on the same machine"
  echo
  echo "| workload | conns | API req/s | seed req/s | floor TPS | API/seed | API/floor | API CPU µs/req | seed CPU µs/req | API p50 ms | API p99 ms | API errors | seed errors | floor errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do echo "$row"; done
  echo
  echo "CPU µs/req: the server process's CPU time (user + system, /proc/PID/stat) over the run, divided by the requests it answered."
  echo "GET /times, 4 connections: heavy user ($HEAVY_TASKS tasks) p50 $(ms "$(field p50_us "$heavy")") ms, p99 $(ms "$(field p99_us "$heavy")") ms;" \
    "light user (10 tasks) p50 $(ms "$(field p50_us "$light")") ms, p99 $(ms "$(field p99_us "$light")") ms;" \
    "heavy/light p50 $(awk -v h="$(field p50_us "$heavy")" -v l="$(field p50_us "$light")" 'BEGIN {printf "%.2f", h / l}')"
  echo "API peak RSS (VmHWM) over all runs: $PEAK_RSS_MB MB (RSS at the end $RSS_MB MB)"
  echo "API start-up to the first 200 from /health/ready, migrations already applied: $STARTUP_MS ms"
  echo
  cat "$OUT/coldstart.txt"
  echo
  cat "$OUT/explain.txt"
} | tee "$REPORT"
log "report written to $REPORT"
