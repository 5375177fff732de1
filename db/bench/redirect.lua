-- wrk script of the redirect benchmark: traffic as short links get it — 80% of visits to the 50,000 most popular
-- links, 20% to any of the 1,000,000 — so a cache smaller than the table hits mostly and misses sometimes.
-- WRK_PATH: every request asks for that path instead (the plaintext baseline, same script overhead).
-- WRK_HOT: only the popular links (all of them cached: the benchmark visits each once first): the redirect's own cost, without database lookups.
local fixed = os.getenv("WRK_PATH")
local hot = os.getenv("WRK_HOT")
local threads = 0

setup = function(thread)
    thread:set("offset", threads)
    threads = threads + 1
end

init = function(args)
    math.randomseed(os.time() + offset * 7919)
end

request = function()
    if fixed then
        return wrk.format("GET", fixed)
    end
    local n
    if hot or math.random() < 0.8 then
        n = math.random(1, 50000)
    else
        n = math.random(1, 1000000)
    end
    return wrk.format("GET", string.format("/l/bench%07d", n))
end
