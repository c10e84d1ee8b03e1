-- Every request a different filter (random country, day window), so the response cache misses.
local countries = {"SYR", "UKR", "SDN", "LBN", "YEM"}
request = function()
  local day = math.random(1, 28)
  local path = string.format("/api/events?country=%s&type=battle&since=2024-%02d-%02d&until=2024-%02d-28&limit=100&offset=%d",
    countries[math.random(1, 5)], math.random(1, 12), day, math.random(1, 12), math.random(0, 50))
  return wrk.format("GET", path)
end
