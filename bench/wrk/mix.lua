package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/wrk/?.lua"
require("common")
-- 45% track, 45% stop, 10% times.
request = function()
  local roll = math.random(1, 100)
  if roll <= 45 then return track_request() end
  if roll <= 90 then return stop_request() end
  return times_request(nil, history_start, 1460)
end
