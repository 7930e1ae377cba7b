package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/wrk/?.lua"
require("common")
request = function() return times_request(nil, history_start, 1460) end
