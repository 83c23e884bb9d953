-- Follows `Link: <...>; rel="next"` one page at a time on one connection (wrk -t1 -c1), the way a client pages
-- through a list, and notes the cursor found at given depths. Used by lib/lists.sh (walk_cursors) to reach deep cursors
-- without a process per page. Environment:
--   BENCH_TOKEN    bearer access token
--   FOLLOW_STATE   a file of one line: "<rows read><TAB><path of the next page>" to start from; rewritten after every
--                  page, and "done<TAB><rows>" or "failed<TAB><why>" at the end. wrk sleeps its whole -d even after
--                  the thread stopped, so lib/lists.sh runs this in short chunks that resume from the state.
--   FOLLOW_OUT     a file to which "<depth><TAB><cursor>" is appended at each depth of FOLLOW_DEPTHS
--   FOLLOW_DEPTHS  depths (rows read), multiples of FOLLOW_PAGE, the largest ends the walk
--   FOLLOW_PAGE    rows per page, the limit of the first page's path (100)

local token = os.getenv("BENCH_TOKEN") or ""
local state_file = os.getenv("FOLLOW_STATE")
local out_file = os.getenv("FOLLOW_OUT")
local page = tonumber(os.getenv("FOLLOW_PAGE") or "100")
local depths = {}
local deepest = 0
for depth in (os.getenv("FOLLOW_DEPTHS") or ""):gmatch("%d+") do
    depths[tonumber(depth)] = true
    deepest = math.max(deepest, tonumber(depth))
end

local rows
local path
local headers
local finished = false

local function save(text)
    local file = io.open(state_file, "w")
    file:write(text, "\n")
    file:close()
end

local function finish(text)
    save(text)
    finished = true
    wrk.thread:stop()
end

function init(args)
    local file = io.open(state_file, "r")
    local line = file:read("*l")
    file:close()
    local read, next_path = line:match("^(%d+)\t(.*)$")
    rows = tonumber(read)
    path = next_path
    headers = { ["Authorization"] = "Bearer " .. token, ["Prefer"] = "count=none" }
end

function request()
    return wrk.format("GET", path, headers)
end

function response(status, response_headers, body)
    if finished then
        return
    end
    if status ~= 200 then
        return finish("failed\t" .. path .. " answered " .. status .. " after " .. rows .. " rows")
    end
    local link
    for name, value in pairs(response_headers) do
        if name:lower() == "link" then
            link = value
        end
    end
    local next_path = link and link:match('^<([^>]*)>%s*;%s*rel="next"')
    if not next_path then
        return finish("failed\tno next link after " .. (rows + page) .. " rows")
    end
    rows = rows + page
    path = next_path
    if depths[rows] then
        local file = io.open(out_file, "a")
        file:write(rows, "\t", next_path:match("[?&]cursor=([^&]*)"), "\n")
        file:close()
    end
    if rows >= deepest then
        return finish("done\t" .. rows)
    end
    save(rows .. "\t" .. path)
end
