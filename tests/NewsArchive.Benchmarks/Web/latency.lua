-- wrk script: optionally rotates through the paths listed in a file (wrk ... URL -- paths.txt), so a page is
-- measured over many articles or queries rather than one cached address, and prints one machine-readable
-- line at the end (latencies in microseconds, from wrk's own histogram). Answers of 400 and above and
-- socket errors are reported too, so a run that only measured 429s or 500s shows it.
local paths = {}
local next_path = 1

init = function(args)
  if args[1] then
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    -- Each wrk thread starts at a different place in the list.
    next_path = math.random(math.max(1, #paths))
  end
end

request = function()
  if #paths == 0 then return wrk.format() end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f p50=%d p95=%d p99=%d max=%d bad_status=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
