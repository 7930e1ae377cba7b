package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/wrk/?.lua"
require("common")
-- One user's days across 2015-2024: the heavy user's whole history spans them.
local user = tonumber(os.getenv("TIMES_USER"))
request = function() return times_request(user, 1420070400, 3652) end
