package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/wrk/?.lua"
require("common")
request = track_request
