#!/usr/bin/env bash
# Gives the seed app a copy of the API's data: (re)creates database TARGET on the same PostgreSQL server, lets the
# app's own metadata create its tasks table (integer ids, naive "timestamp without time zone" columns, the primary
# key and no other index, as the post defines it), copies every row of SOURCE's tasks table with the times as UTC
# wall-clock values, moves the id sequence past them and analyzes the table.
#
#   bench/seed-app/load-from.sh PORT [SOURCE_DB=timetracking] [TARGET_DB=seed]
#
# Run it right after loading SOURCE and before anything stops tasks there, so both APIs get the same running pool.
# The app must then run with TZ=UTC (README.md): its naive datetime.now() is then UTC, as the copied times are.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${1:?usage: load-from.sh PORT [SOURCE_DB] [TARGET_DB]}"
SOURCE="${2:-timetracking}"
TARGET="${3:-seed}"
psql_at() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

psql_at -d postgres -c "DROP DATABASE IF EXISTS $TARGET" -c "CREATE DATABASE $TARGET"
# Importing the app's database module runs its metadata.create_all, as the app's first start would.
(cd "$HERE" && DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/$TARGET" TZ=UTC /usr/bin/python3 -c 'import database')

psql_at -d "$SOURCE" -c "COPY (SELECT id, user_id, description, start_time AT TIME ZONE 'UTC', end_time AT TIME ZONE 'UTC'
                               FROM tasks ORDER BY id) TO STDOUT" |
  psql_at -d "$TARGET" -c "COPY tasks (id, user_id, description, start_time, end_time) FROM STDIN"
psql_at -d "$TARGET" -c "SELECT setval(pg_get_serial_sequence('tasks', 'id'), (SELECT max(id) FROM tasks))" >/dev/null
psql_at -d "$TARGET" -c "VACUUM ANALYZE tasks"
