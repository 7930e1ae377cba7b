#!/usr/bin/env bash
# Cold start: how long a freshly started API takes to answer its first POST /track, and what the first call of each
# endpoint costs after that (hosts that scale to zero pay both on every wake-up). See bench/README.md.
#
#   bench/coldstart.sh [--runs N] [--db sqlite|postgres|both] [--app LABEL=DIR]... [--env LABEL:VAR=VALUE]...
#
#   --runs N        starts per database and per build (default 5); medians are printed
#   --db WHICH      sqlite (a temporary file), postgres (a throwaway server) or both (default)
#   --app LABEL=DIR an already published build to measure instead of publishing this tree; repeat it to compare
#                   builds: their starts are interleaved (A, B, A, B, ...), so a noisy machine slows both alike
#   --env LABEL:VAR=VALUE
#                   an environment variable for one build's starts only; LABEL may name a build already given, or a
#                   new label that reuses the first build (e.g. --env pgo-off:DOTNET_TieredPGO=0)
#
# KEEP_OUT=1 keeps the work directory (the API's logs, the samples) instead of removing it.
#
# Each build is started with migrations already applied (one start per database beforehand applies them), from its
# own directory as in the container, with ASPNETCORE_ENVIRONMENT=Production, Authentication__Mode=None and the rate
# limiter off. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
DB=both
LABELS=()
declare -A APP_DIR=() APP_ENV=()

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

add_label() { # label
  local label
  for label in "${LABELS[@]}"; do [[ $label == "$1" ]] && return 0; done
  LABELS+=("$1")
}

while (($#)); do
  case "$1" in
    --runs) RUNS="${2:?}"; shift 2 ;;
    --db) DB="${2:?}"; shift 2 ;;
    --app)
      [[ ${2:-} == *=* ]] || usage
      add_label "${2%%=*}"
      APP_DIR["${2%%=*}"]="$(cd "${2#*=}" && pwd)"
      shift 2 ;;
    --env)
      [[ ${2:-} == *:*=* ]] || usage
      add_label "${2%%:*}"
      APP_ENV["${2%%:*}"]+="${2#*:}"$'\n'
      shift 2 ;;
    -h | --help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "--runs takes a positive number" >&2; exit 2; }
case "$DB" in sqlite) DBS=(sqlite) ;; postgres) DBS=(postgres) ;; both) DBS=(sqlite postgres) ;; *) usage ;; esac

for tool in curl awk $([[ $DB != sqlite ]] && echo psql); do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

# shellcheck source=../scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

OUT="$(mktemp -d /tmp/timetracking-coldstart.XXXXXX)"
API_PID=""
cleanup() {
  stop_api
  [[ -n ${KEEP_OUT:-} ]] || rm -rf "$OUT"
}
on_exit cleanup

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ((${#LABELS[@]} == 0)) || [[ -z ${APP_DIR[${LABELS[0]}]:-} ]]; then
  # No build given first: publish this tree exactly as bench/run.sh and the Dockerfile do.
  log "publishing the API in Release with ReadyToRun"
  dotnet publish src/WebApi/WebApi.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$OUT/api" --nologo -v q >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log" >&2; exit 1; }
  if ((${#LABELS[@]} == 0)); then LABELS=(current); fi
  APP_DIR["${LABELS[0]}"]="$OUT/api"
fi
for label in "${LABELS[@]}"; do
  # A label given only through --env runs the first build.
  APP_DIR["$label"]="${APP_DIR[$label]:-${APP_DIR[${LABELS[0]}]}}"
  [[ -f ${APP_DIR[$label]}/TimeTracking.WebApi.dll ]] ||
    { echo "no TimeTracking.WebApi.dll in ${APP_DIR[$label]} (build $label)" >&2; exit 1; }
done

API_PORT="$(free_loopback_port)"
BASE="http://127.0.0.1:$API_PORT"

stop_api() {
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID"
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
}

launch_api() { # label connection-string log
  local label=$1 variables=()
  mapfile -t variables < <(printf '%s' "${APP_ENV[$label]:-}")
  # From its own directory, as in the container: the content root, where appsettings.json is, is the working directory.
  (cd "${APP_DIR[$label]}" && exec env ASPNETCORE_ENVIRONMENT=Production Authentication__Mode=None \
    RateLimiting__Enabled=false "$2" "${variables[@]}" \
    dotnet TimeTracking.WebApi.dll --urls "$BASE" >>"$3" 2>&1) &
  API_PID=$!
}

now_us() { echo "${EPOCHREALTIME/./}"; }

# One request, its status and body kept; echoes curl's time_total in milliseconds. Fails on another status.
call() { # expected-status method path [curl arguments...]
  local expected=$1 method=$2 path=$3 result status seconds
  shift 3
  result="$(curl -s -o "$OUT/body" -w '%{http_code} %{time_total}' --max-time 30 -X "$method" "$@" "$BASE$path")" || true
  read -r status seconds <<<"$result"
  if [[ $status != "$expected" ]]; then
    echo "$method $path answered ${status:-nothing}, not $expected: $(head -c 500 "$OUT/body" 2>/dev/null)" >&2
    return 1
  fi
  awk -v s="$seconds" 'BEGIN {printf "%.1f", s * 1000}'
}

json_id() { sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$OUT/body"; }

CLOCK_TICKS="$(getconf CLK_TCK)"
METRICS=(ready cpu listening track_first track_second stop times tasks task report running record correct delete)
declare -A METRIC_NAME=(
  [ready]="launch to first 200 of POST /track"
  [cpu]="  CPU time used by then (user + system)"
  [listening]="  of which before the first answer"
  [track_first]="  of which the first POST /track"
  [track_second]="POST /track, the second"
  [stop]="POST /stop"
  [times]="GET /times"
  [tasks]="GET /tasks?from&to"
  [task]="GET /tasks/{id}"
  [report]="GET /reports/daily"
  [running]="GET /tasks/running"
  [record]="POST /tasks"
  [correct]="PATCH /tasks/{id}"
  [delete]="DELETE /tasks/{id}"
)

STARTS=0
record() { echo "$4" >>"$OUT/samples/$1/$2/$3"; } # db label metric value

# One cold start of a build, then the first call of each endpoint in turn.
measure_start() { # db label connection-string run
  local db=$1 label=$2 user=$((100000 + STARTS)) dir="$OUT/samples/$1/$2" started answered body result status seconds
  local today id second recorded cpu_ms
  mkdir -p "$dir"
  STARTS=$((STARTS + 1)) # each start its own user, so every start finds the same data
  today="$(date -u +%F)"
  body="{\"user_id\": $user, \"description\": \"cold start\"}"

  started=$(now_us)
  launch_api "$label" "$3" "$OUT/api-$db-$label.log"
  # As fast as curl can start: connection refused until the server listens, then the first answer.
  while :; do
    result="$(curl -s -o "$OUT/body" -w '%{http_code} %{time_total}' --max-time 30 -X POST \
      -H 'Content-Type: application/json' -d "$body" "$BASE/track")" || true
    read -r status seconds <<<"$result"
    [[ $status == 000 || -z $status ]] || break
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$OUT/api-$db-$label.log" >&2; echo "the API exited ($label)" >&2; exit 1; }
    sleep 0.005
  done
  answered=$(now_us)
  # CPU time the process has used so far (user + system): far less disturbed than wall time by other work on the
  # machine, so it tells two builds apart when the wall times of a busy machine overlap.
  cpu_ms="$(awk -v hz="$CLOCK_TICKS" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$API_PID/stat")"
  [[ $status == 200 ]] || { echo "the first POST /track answered $status: $(head -c 500 "$OUT/body")" >&2; exit 1; }
  id="$(json_id)"
  local ready_ms first_ms
  ready_ms=$(awk -v a="$answered" -v s="$started" 'BEGIN {printf "%.1f", (a - s) / 1000}')
  first_ms=$(awk -v s="$seconds" 'BEGIN {printf "%.1f", s * 1000}')
  record "$db" "$label" ready "$ready_ms"
  record "$db" "$label" track_first "$first_ms"
  record "$db" "$label" cpu "$cpu_ms"
  record "$db" "$label" listening "$(awk -v r="$ready_ms" -v f="$first_ms" 'BEGIN {printf "%.1f", r - f}')"

  local json=(-H 'Content-Type: application/json')
  record "$db" "$label" track_second "$(call 200 POST /track "${json[@]}" -d "$body")"
  second="$(json_id)"
  record "$db" "$label" stop "$(call 200 POST /stop "${json[@]}" -d "{\"id\": $id}")"
  record "$db" "$label" times "$(call 200 GET "/times?user_id=$user&date=$today")"
  record "$db" "$label" tasks "$(call 200 GET "/tasks?user_id=$user&from=$today&to=$today")"
  record "$db" "$label" task "$(call 200 GET "/tasks/$id")"
  record "$db" "$label" report "$(call 200 GET "/reports/daily?user_id=$user&from=$today&to=$today")"
  record "$db" "$label" running "$(call 200 GET "/tasks/running?user_id=$user")"
  record "$db" "$label" record "$(call 201 POST /tasks "${json[@]}" \
    -d "{\"user_id\": $user, \"description\": \"entered\", \"start_time\": \"${today}T00:00:00Z\", \"end_time\": \"${today}T00:00:01Z\"}")"
  recorded="$(json_id)"
  record "$db" "$label" correct "$(call 200 PATCH "/tasks/$recorded" -H 'Content-Type: application/merge-patch+json' \
    -d '{"description": "corrected"}')"
  record "$db" "$label" delete "$(call 204 DELETE "/tasks/$second")"
  stop_api
}

median() { # file
  sort -n "$1" | awk '{v[NR] = $1} END {if (NR % 2) printf "%.0f", v[(NR + 1) / 2]; else printf "%.0f", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
spread() { sort -n "$1" | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.0f–%.0f", lo, hi}'; }

report() { # db
  local db=$1 label metric line
  echo
  echo "## $db: medians of $RUNS starts in ms (min–max)"
  echo
  line="| |"
  for label in "${LABELS[@]}"; do line+=" $label |"; done
  echo "$line"
  line="|---|"
  for label in "${LABELS[@]}"; do line+="---:|"; done
  echo "$line"
  for metric in "${METRICS[@]}"; do
    line="| ${METRIC_NAME[$metric]} |"
    for label in "${LABELS[@]}"; do
      line+=" $(median "$OUT/samples/$db/$label/$metric") ($(spread "$OUT/samples/$db/$label/$metric")) |"
    done
    echo "$line"
  done
}

log "machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg); builds: $(for l in "${LABELS[@]}"; do printf '%s=%s ' "$l" "${APP_DIR[$l]}"; done)"
for db in "${DBS[@]}"; do
  case "$db" in
    sqlite)
      connection="ConnectionStrings__Sqlite=Data Source=$OUT/coldstart.db"
      ;;
    postgres)
      start_throwaway_postgres
      psql -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U postgres -qc "CREATE DATABASE timetracking"
      connection="ConnectionStrings__TimeTracking=Host=127.0.0.1;Port=$THROWAWAY_PG_PORT;Username=postgres;Database=timetracking"
      ;;
  esac

  log "$db: applying the migrations (one start, not measured)"
  launch_api "${LABELS[0]}" "$connection" "$OUT/api-$db-migrate.log"
  until curl -sf -o /dev/null "$BASE/health/live"; do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$OUT/api-$db-migrate.log" >&2; echo "the API exited" >&2; exit 1; }
    sleep 0.05
  done
  stop_api

  for ((run = 1; run <= RUNS; run++)); do
    for label in "${LABELS[@]}"; do
      measure_start "$db" "$label" "$connection" "$run"
      log "$db $label start $run/$RUNS: first POST /track answered after $(tail -n 1 "$OUT/samples/$db/$label/ready") ms"
    done
  done
  [[ $db == postgres ]] && stop_throwaway_postgres
done

echo "Cold start, $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v = $2} END {print v}')"
echo "Each endpoint's row is its first call after the first POST /track (curl's time_total)."
for db in "${DBS[@]}"; do report "$db"; done
