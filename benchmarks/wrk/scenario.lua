-- One wrk script for every benchmark scenario, chosen by environment variables (set by run.sh):
--   BENCH_SCENARIO  get | list | include | post | postkey | patch | hotrow | signup | login, or a list scenario:
--                   filter | search | first | cursor | skip | counted | uncounted (lib/lists.sh says what each sends)
--   BENCH_TOKEN     bearer access token (CRUD scenarios)
--   BENCH_CHAT_IDS  file with one chat id per line, all owned by the token's user
--   BENCH_THREADS   the wrk thread count (-t), to give each thread its own slice of chats
--   BENCH_USERNAME, BENCH_PASSWORD  the login scenario's account; BENCH_RUN_ID makes signup usernames unique
--   BENCH_PATH, BENCH_PREFER  a list scenario's path and query, and its Prefer header if any (lib/lists.sh's
--                   list_request writes both, so that the answers' check and the load send the same request)
-- Each thread walks its own slice of chats round-robin, so no two in-flight PATCHes touch the same row (no
-- optimistic-lock conflicts distort the write scenarios), except hotrow, where every connection patches the first chat
-- of the file without If-Match (writes of one row must be applied one after another, each answering 200). postkey is
-- post with a new Idempotency-Key on every request (API.md, "Idempotent creates": each is a first use, stored with its
-- answer); the baseline has no idempotent creates and ignores the header.
-- done() prints one machine-readable RESULT line.

local scenario = os.getenv("BENCH_SCENARIO") or "get"
local token = os.getenv("BENCH_TOKEN") or ""
local ids_file = os.getenv("BENCH_CHAT_IDS")
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")
local run_id = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local password = os.getenv("BENCH_PASSWORD") or "Bench-Pass1!"
local username = os.getenv("BENCH_USERNAME") or "benchlogin"
local list_scenarios = { filter = true, search = true, first = true, cursor = true, skip = true, counted = true,
    uncounted = true }
local list_path = os.getenv("BENCH_PATH") or "/"
local list_prefer = os.getenv("BENCH_PREFER") or ""
local list_request

local next_thread = 0
function setup(thread)
    thread:set("thread_index", next_thread)
    next_thread = next_thread + 1
end

local chats = {}
local hot_chat
local position = 0
local counter = 0
local auth_headers
local json_headers
local patch_headers
local form_headers

function init(args)
    local index = thread_index or 0
    if ids_file then
        local line_number = 0
        for line in io.lines(ids_file) do
            if line ~= "" then
                hot_chat = hot_chat or line
                if line_number % thread_count == index then
                    chats[#chats + 1] = line
                end
                line_number = line_number + 1
            end
        end
    end
    auth_headers = { ["Authorization"] = "Bearer " .. token }
    json_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
    patch_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/merge-patch+json" }
    form_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
    if list_scenarios[scenario] then
        local headers = { ["Authorization"] = "Bearer " .. token }
        if list_prefer ~= "" then
            headers["Prefer"] = list_prefer
        end
        list_request = wrk.format("GET", list_path, headers)
    end
end

local function next_chat()
    position = position % #chats + 1
    return chats[position]
end

function request()
    counter = counter + 1
    if scenario == "get" then
        return wrk.format("GET", "/chats/" .. next_chat(), auth_headers)
    elseif scenario == "list" then
        return wrk.format("GET", "/chats?limit=20", auth_headers)
    elseif scenario == "include" then
        return wrk.format("GET", "/chats/" .. next_chat() .. "?include=messages", auth_headers)
    elseif scenario == "post" then
        return wrk.format("POST", "/chats/" .. next_chat() .. "/messages", json_headers,
            '{"content":"Benchmark message ' .. counter .. ' from thread ' .. (thread_index or 0) .. '"}')
    elseif scenario == "postkey" then
        local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
            ["Idempotency-Key"] = "bench-" .. run_id .. "-" .. (thread_index or 0) .. "-" .. counter }
        return wrk.format("POST", "/chats/" .. next_chat() .. "/messages", headers,
            '{"content":"Benchmark message ' .. counter .. ' from thread ' .. (thread_index or 0) .. '"}')
    elseif scenario == "patch" then
        local chat = next_chat()
        local description = (counter % 2 == 0) and 'null' or ('"Patched ' .. counter .. '"')
        return wrk.format("PATCH", "/chats/" .. chat, patch_headers,
            '{"title":"Patched chat ' .. counter .. '","description":' .. description .. '}')
    elseif scenario == "hotrow" then
        return wrk.format("PATCH", "/chats/" .. hot_chat, patch_headers,
            '{"description":"Hot row ' .. counter .. ' from thread ' .. (thread_index or 0) .. '"}')
    elseif list_scenarios[scenario] then
        return list_request
    elseif scenario == "signup" then
        return wrk.format("POST", "/auth/signup", { ["Content-Type"] = "application/json" },
            '{"username":"s' .. run_id .. 't' .. (thread_index or 0) .. 'n' .. counter .. '","password":"'
                .. password .. '"}')
    elseif scenario == "login" then
        return wrk.format("POST", "/auth/login", form_headers,
            "grant_type=password&username=" .. username .. "&password=" .. password:gsub("!", "%%21"))
    end
    error("unknown BENCH_SCENARIO " .. scenario)
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1000000
    local errors = summary.errors
    io.write(string.format(
        "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d mean_ms=%.2f\n",
        summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
        latency.mean / 1000))
end
