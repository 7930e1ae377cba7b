-- Shared by the workload scripts: one machine-readable line per run for run.sh to tabulate.
json_headers = { ["Content-Type"] = "application/json" }

function report(summary, latency)
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

users = tonumber(os.getenv("BENCH_USERS") or "10000")
pool_first = tonumber(os.getenv("STOP_FIRST") or "1")
pool_last = tonumber(os.getenv("STOP_LAST") or "1")
threads = tonumber(os.getenv("WRK_THREADS") or "2")

-- Each wrk thread stops its own slice of the running-task pool, in order, so every stop finds a running task.
local thread_index = 0
function setup(thread)
  local slice = math.floor((pool_last - pool_first + 1) / threads)
  thread:set("next_stop", pool_first + thread_index * slice)
  thread:set("last_stop", pool_first + (thread_index + 1) * slice - 1)
  thread_index = thread_index + 1
end

function track_request()
  local body = string.format('{"user_id":%d,"description":"benchmark task"}', math.random(1, users))
  return wrk.format("POST", "/track", json_headers, body)
end

function stop_request()
  local id = next_stop
  next_stop = next_stop + 1
  return wrk.format("POST", "/stop", json_headers, string.format('{"id":%d}', id))
end

-- A random day of 2021-2024, where the history lies.
function times_request(user, first_day, days)
  local day = os.date("!%Y-%m-%d", first_day + math.random(0, days - 1) * 86400)
  return wrk.format("GET", string.format("/times?user_id=%d&date=%s", user or math.random(1, users), day))
end

history_start = 1609459200 -- 2021-01-01T00:00:00Z
done = report
