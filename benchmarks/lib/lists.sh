# The list scenarios (API.md, "Lists"): their data, deep cursors, the answers' check, the depth chart and the query
# plans. Sourced by run.sh (needs RESULTS_DIR, TOKEN, BENCH_USER_ID, the ports, psql_db).
#
# Scenario groups of BENCH_SCENARIOS and the wrk scenarios they run (wrk/scenario.lua):
#   filter  GET /chats?title[contains]=7&sort=-updated_at&limit=20 (counted: the filter defeats FastKit's count cache)
#   search  GET /chats/{big}/messages?q=<LIST_SEARCH>&limit=20 (counted; best match first)
#   deep    first:  GET /chats/{big}/messages?limit=20
#           cursor: the same, LIST_DEEP_ROWS rows deep through a cursor (each server's own, found by following Link)
#           skip:   the same with skip=LIST_DEEP_ROWS
#           all three with Prefer: count=none, so that they measure the page, not a count of the big chat
#   count   counted:   GET /chats/{count}/messages?created_at[gte]=2000-01-01T00:00:00Z&limit=20 (every row of the
#                      count chat matches; a filter again, so FastKit counts on every request like the baseline)
#           uncounted: the same with Prefer: count=none
#   depth   no wrk run: p50 of one page at each depth of LIST_DEPTHS, cursor beside skip, both servers, drawn with
#           gnuplot into LIST_CHART (SVG) from its data file (same name, .tsv)

LIST_GROUPS="filter search deep count depth"
LIST_FILTER_FROM="2000-01-01T00:00:00Z"

# expand_scenarios <groups...> -> the wrk scenarios they run, in order
expand_scenarios() {
    local scenario
    for scenario in "$@"; do
        case $scenario in
            deep) echo first cursor skip ;;
            count) echo counted uncounted ;;
            depth) ;;
            *) echo "$scenario" ;;
        esac
    done | xargs
}

# is_list_scenario <wrk scenario>
is_list_scenario() {
    case $1 in filter|search|first|cursor|skip|counted|uncounted) return 0 ;; esac
    return 1
}

# lists_wanted: whether BENCH_SCENARIOS names any list group (then the list data is seeded)
lists_wanted() {
    local scenario
    for scenario in $SCENARIOS; do
        case " $LIST_GROUPS " in *" $scenario "*) return 0 ;; esac
    done
    return 1
}

scenario_wanted() {
    case " $SCENARIOS " in *" $1 "*) return 0 ;; esac
    return 1
}

# seed_lists -> LIST_BIG_CHAT, LIST_COUNT_CHAT, DATASET_LISTS
seed_lists() {
    local started
    started=$(date +%s)
    psql_db -q -v bench_user="$BENCH_USER_ID" -v big_messages="$LIST_BIG_MESSAGES" \
        -v count_messages="$LIST_COUNT_MESSAGES" -f "$BENCH_DIR/sql/seed-lists.sql"
    LIST_BIG_CHAT=$(psql_db -Atc "SELECT md5('$BENCH_USER_ID' || '-big-chat')::uuid")
    LIST_COUNT_CHAT=$(psql_db -Atc "SELECT md5('$BENCH_USER_ID' || '-count-chat')::uuid")
    DATASET_LISTS=$(psql_db -Atc "SELECT format('the big chat %s holds %s messages (q=%s matches %s of them), the count chat %s holds %s; %s messages in all',
        '$LIST_BIG_CHAT', (SELECT count(*) FROM messages WHERE chat_id = '$LIST_BIG_CHAT'), '$LIST_SEARCH',
        (SELECT count(*) FROM messages WHERE chat_id = '$LIST_BIG_CHAT'
            AND to_tsvector('english', coalesce(content, '')) @@ websearch_to_tsquery('english', '$LIST_SEARCH')),
        '$LIST_COUNT_CHAT', (SELECT count(*) FROM messages WHERE chat_id = '$LIST_COUNT_CHAT'),
        (SELECT count(*) FROM messages))")
    echo "$DATASET_LISTS (seeded in $(($(date +%s) - started)) s)"
}

# settle_lists: before the first list scenario, merges the GIN indexes' pending lists into the indexes. The write
# scenarios before it insert messages, and a GIN index with fastupdate (PostgreSQL's default) keeps new entries in a
# pending list that every search reads in full until a vacuum or gin_pending_list_limit (4 MB) merges it: in a quick
# run after POST, 7,915 pending entries (108 pages) made each search scan them, and the search fell from hundreds of
# requests per second to 7 (FastKit) and 1 (baseline). The list scenarios measure the indexes as autovacuum leaves them.
settle_lists() {
    psql_db -q -o /dev/null -c "SELECT gin_clean_pending_list('messages_search_idx'::regclass),
        gin_clean_pending_list('chats_search_idx'::regclass)"
}

# list_get <port> <path> [curl args...]: prints the answer's headers, then its body
list_get() {
    local port=$1 path=$2
    shift 2
    curl -s -D - -H "Authorization: Bearer $TOKEN" "$@" "http://127.0.0.1:$port$path" | tr -d '\r'
}

# header <name> <answer> -> the header's value
header() {
    echo "$2" | awk -v name="$(echo "$1" | tr 'A-Z' 'a-z')" 'BEGIN { FS = ": " }
        /^$/ { exit } { key = tolower($1) } key == name { sub(/^[^:]*: /, ""); print; exit }'
}

# walk_cursors <port>: follows Link: rel="next" from the big chat's first page, 100 rows a page, on one connection
# (wrk/follow.lua, in chunks of 3 s that resume where the last stopped), and writes the cursor found after each depth
# of LIST_DEPTHS and LIST_DEEP_ROWS to $RESULTS_DIR/cursors-<port>.tsv ("depth<TAB>cursor"). A cursor is bound to its
# query but not to its limit, so one minted at limit=100 serves pages of 20.
walk_cursors() {
    local port=$1 out="$RESULTS_DIR/cursors-$1.tsv" state="$RESULTS_DIR/follow-$1.state" wanted started before now
    wanted=$(printf '%s\n' $LIST_DEPTHS "$LIST_DEEP_ROWS" | awk '$1 > 0' | sort -nu | xargs)
    started=$(date +%s)
    : >"$out"
    printf '0\t%s\n' "/chats/$LIST_BIG_CHAT/messages?limit=100" >"$state"
    while :; do
        before=$(cat "$state")
        BENCH_TOKEN="$TOKEN" FOLLOW_STATE="$state" FOLLOW_OUT="$out" FOLLOW_DEPTHS="$wanted" FOLLOW_PAGE=100 \
            wrk -t1 -c1 -d3s --timeout 10s -s "$BENCH_DIR/wrk/follow.lua" "http://127.0.0.1:$port" >/dev/null
        now=$(cat "$state")
        case $now in
            done*) break ;;
            failed*) echo "port $port: following the big chat's pages ${now#failed?}" >&2; return 1 ;;
        esac
        [ "$now" != "$before" ] || { echo "port $port: no page of the big chat answered within 3 s" >&2; return 1; }
    done
    echo "  port $port: followed $((${now#done?} / 100)) next links to ${now#done?} rows deep in $(($(date +%s) - started)) s"
}

# cursor_at <port> <depth> -> the cursor walk_cursors found at that depth
cursor_at() {
    awk -F'\t' -v depth="$2" '$1 == depth { print $2 }' "$RESULTS_DIR/cursors-$1.tsv"
}

# list_request <scenario> <port> -> "path<TAB>prefer" of the scenario's request on that server (as wrk sends it)
list_request() {
    local messages="/chats/$LIST_BIG_CHAT/messages" counted="/chats/$LIST_COUNT_CHAT/messages"
    case $1 in
        filter) printf '%s\t\n' "/chats?title%5Bcontains%5D=7&sort=-updated_at&limit=20" ;;
        search) printf '%s\t\n' "$messages?q=${LIST_SEARCH// /%20}&limit=20" ;;
        first) printf '%s\tcount=none\n' "$messages?limit=20" ;;
        cursor) printf '%s\tcount=none\n' "$messages?limit=20&cursor=$(cursor_at "$2" "$LIST_DEEP_ROWS")" ;;
        skip) printf '%s\tcount=none\n' "$messages?limit=20&skip=$LIST_DEEP_ROWS" ;;
        counted) printf '%s\t\n' "$counted?created_at%5Bgte%5D=${LIST_FILTER_FROM//:/%3A}&limit=20" ;;
        uncounted) printf '%s\tcount=none\n' "$counted?created_at%5Bgte%5D=${LIST_FILTER_FROM//:/%3A}&limit=20" ;;
    esac
}

# check_lists: every list scenario's request answers 200 on each server, with the same ids in the same order and the
# same X-Total-Count on both (so that both do the same work), a Link when a next page exists, and no count for
# Prefer: count=none.
check_lists() {
    local scenario port request path prefer answer ids total link failed=0 reference
    for scenario in $(expand_scenarios $SCENARIOS); do
        is_list_scenario "$scenario" || continue
        reference=""
        for port in $FASTKIT_PORT $BASELINE_PORT; do
            [ "$BASELINE_ONLY" = 1 ] && [ "$port" = "$FASTKIT_PORT" ] && continue
            request=$(list_request "$scenario" "$port")
            path=${request%%$'\t'*} prefer=${request#*$'\t'}
            if [ -n "$prefer" ]; then
                answer=$(list_get "$port" "$path" -H "Prefer: $prefer")
            else
                answer=$(list_get "$port" "$path")
            fi
            ids=$(echo "$answer" | sed '1,/^$/d' | jq -c 'map(.id)' 2>/dev/null || echo "not a JSON array")
            total=$(header X-Total-Count "$answer")
            link=$(header Link "$answer")
            printf '  port %s: %-9s %s -> %s, %s rows, X-Total-Count %s, Link %s\n' "$port" "$scenario" "$path" \
                "$(echo "$answer" | head -1 | cut -d' ' -f2)" "$(echo "$ids" | jq length 2>/dev/null || echo 0)" \
                "${total:-absent}" "$([ -n "$link" ] && echo present || echo absent)"
            case $(echo "$answer" | head -1 | cut -d' ' -f2) in 200) ;; *) failed=1 ;; esac
            if [ "$prefer" = count=none ] && [ -n "$total" ]; then
                echo "  port $port: $scenario sent Prefer: count=none and got X-Total-Count" >&2
                failed=1
            fi
            [ -n "$link" ] || { echo "  port $port: $scenario has no Link to its next page" >&2; failed=1; }
            if [ -z "$reference" ]; then
                reference="$ids $total"
            elif [ "$reference" != "$ids $total" ]; then
                echo "  $scenario: the servers answer different pages or counts ($reference / $ids $total)" >&2
                failed=1
            fi
        done
    done
    [ "$failed" = 0 ] || { echo "a list scenario is not answered alike by both servers; see above" >&2; exit 1; }
}

# page_p50 <port> <path> <requests> -> the p50 in ms of that many requests on one kept-alive connection (after 3 not
# counted); fails on any answer but 200
page_p50() {
    local port=$1 path=$2 count=$3 urls=() i
    for i in $(seq 1 $((count + 3))); do
        urls+=(-o /dev/null "http://127.0.0.1:$port$path")
    done
    curl -s -H "Authorization: Bearer $TOKEN" -H 'Prefer: count=none' -w '%{http_code} %{time_total}\n' "${urls[@]}" \
        | tail -n "$count" | sort -k2,2n | awk -v path="$path" '
            $1 != 200 { print "page_p50: " path " answered " $1 > "/dev/stderr"; failed = 1 }
            { t[NR] = $2 * 1000 }
            END {
                if (failed || NR == 0) exit 1
                printf "%.2f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2)
            }'
}

# measure_depths: LIST_DEPTH_REQUESTS requests per depth, server and kind (cursor, skip) into $LIST_CHART_DATA, the
# servers and kinds interleaved at each depth so that they share the machine's moment
measure_depths() {
    local depth port cursor row messages="/chats/$LIST_BIG_CHAT/messages?limit=20"
    {
        echo "# p50 ms of GET $messages (Prefer: count=none) at each depth, $LIST_DEPTH_REQUESTS requests each on one connection (run $RUN_ID)"
        echo "# depth	fastkit_cursor	fastkit_skip	baseline_cursor	baseline_skip"
    } >"$LIST_CHART_DATA"
    for depth in $LIST_DEPTHS; do
        row="$depth"
        for port in $FASTKIT_PORT $BASELINE_PORT; do
            if [ "$BASELINE_ONLY" = 1 ] && [ "$port" = "$FASTKIT_PORT" ]; then
                row="$row	-	-"
                continue
            fi
            if [ "$depth" = 0 ]; then
                row="$row	$(page_p50 "$port" "$messages" "$LIST_DEPTH_REQUESTS")"
            else
                cursor=$(cursor_at "$port" "$depth")
                row="$row	$(page_p50 "$port" "$messages&cursor=$cursor" "$LIST_DEPTH_REQUESTS")"
            fi
            row="$row	$(page_p50 "$port" "$messages&skip=$depth" "$LIST_DEPTH_REQUESTS")"
        done
        echo "$row" >>"$LIST_CHART_DATA"
        echo "  depth $depth: $(echo "$row" | cut -f2-) (FastKit cursor, skip; baseline cursor, skip; ms)"
    done
}

# draw_chart: LIST_CHART (SVG) from LIST_CHART_DATA with gnuplot; in --quick only when gnuplot is already there
draw_chart() {
    if ! command -v gnuplot >/dev/null; then
        if [ "$QUICK" = 1 ]; then
            echo "  no gnuplot (a quick run installs nothing): data in $LIST_CHART_DATA, no chart"
            return 0
        fi
        echo "  installing gnuplot-nox (Debian package) for the chart"
        apt-get install -y gnuplot-nox >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y gnuplot-nox >/dev/null; }
    fi
    gnuplot <<GNUPLOT
set terminal svg size 860,500 dynamic noenhanced font 'sans,13' background rgb 'white'
set output '$LIST_CHART'
set title "One page of 20 messages at a depth: cursor (keyset) against skip (OFFSET)\nGET /chats/ID/messages?limit=20, p50 of $LIST_DEPTH_REQUESTS requests on one connection, run $RUN_ID"
set xlabel 'depth: rows before the page (thousands)'
set ylabel 'p50 latency of the page (ms, log scale)'
set logscale y
set format y '%g'
set grid xtics ytics mytics
set key top left box opaque
set datafile missing '-'
set xrange [0:*]
plot '$LIST_CHART_DATA' using (\$1/1000):2 with linespoints lw 3 pt 7 lc rgb '#1f77b4' title 'FastKit, cursor', \
     '' using (\$1/1000):3 with linespoints lw 3 pt 5 lc rgb '#d62728' title 'FastKit, skip', \
     '' using (\$1/1000):4 with linespoints lw 2 dt 2 pt 6 lc rgb '#1f77b4' title 'baseline, cursor', \
     '' using (\$1/1000):5 with linespoints lw 2 dt 2 pt 4 lc rgb '#d62728' title 'baseline, skip'
GNUPLOT
    echo "  chart: $LIST_CHART"
}

# explain_lists: EXPLAIN (ANALYZE, BUFFERS) of the deep cursor page, the skip page and the search (FastKit's statements
# as it writes them, and the baseline's search), each once as a custom plan and once as the generic plan that a
# prepared statement may switch to after five executions, into $RESULTS_DIR/explain.txt
explain_lists() {
    local position created id columns="id, chat_id, user_id, content, created_at, updated_at, version"
    local document="to_tsvector('english', coalesce(content, ''))" out="$RESULTS_DIR/explain.txt"
    position=$(psql_db -Atc "SELECT created_at, id FROM messages WHERE chat_id = '$LIST_BIG_CHAT'
        ORDER BY created_at, id OFFSET $((LIST_DEEP_ROWS - 1)) LIMIT 1")
    created=${position%%|*} id=${position#*|}
    psql_db -q >"$out" 2>&1 <<SQL
\pset pager off
PREPARE deep(uuid, uuid, timestamptz, uuid, int) AS SELECT $columns FROM messages WHERE TRUE AND user_id = \$1
    AND chat_id = \$2 AND (created_at, id) > (\$3, \$4) ORDER BY created_at ASC, id ASC LIMIT \$5;
PREPARE skipped(uuid, uuid, int, bigint) AS SELECT $columns FROM messages WHERE TRUE AND user_id = \$1
    AND chat_id = \$2 ORDER BY created_at ASC, id ASC LIMIT \$3 OFFSET \$4;
PREPARE search(text, uuid, uuid, text, text, int, bigint) AS SELECT $columns, ts_rank($document,
    websearch_to_tsquery('english', \$1)) FROM messages WHERE TRUE AND user_id = \$2 AND chat_id = \$3
    AND $document @@ websearch_to_tsquery('english', \$4)
    ORDER BY ts_rank($document, websearch_to_tsquery('english', \$5)) DESC, id DESC LIMIT \$6 OFFSET \$7;
PREPARE search_baseline(text, uuid, uuid, int, bigint) AS SELECT id, chat_id, user_id, content, created_at, updated_at,
    ts_rank($document, query) AS rank FROM messages, websearch_to_tsquery('english', \$1) query
    WHERE user_id = \$2 AND chat_id = \$3 AND $document @@ query ORDER BY rank DESC, id DESC LIMIT \$4 OFFSET \$5;
PREPARE search_count(uuid, uuid, text) AS SELECT count(*) FROM messages WHERE TRUE AND user_id = \$1
    AND chat_id = \$2 AND $document @@ websearch_to_tsquery('english', \$3);
PREPARE counted(uuid, uuid, timestamptz) AS SELECT count(*) FROM messages WHERE TRUE AND user_id = \$1
    AND chat_id = \$2 AND created_at >= \$3;
\o /dev/null
EXECUTE deep('$BENCH_USER_ID', '$LIST_BIG_CHAT', '$created', '$id', 21);
EXECUTE skipped('$BENCH_USER_ID', '$LIST_BIG_CHAT', 21, $LIST_DEEP_ROWS);
EXECUTE search('$LIST_SEARCH', '$BENCH_USER_ID', '$LIST_BIG_CHAT', '$LIST_SEARCH', '$LIST_SEARCH', 21, 0);
\o
\echo '==== cursor page $LIST_DEEP_ROWS rows deep (FastKit: LIMIT 21 = limit + 1), after ($created, $id)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE deep('$BENCH_USER_ID', '$LIST_BIG_CHAT', '$created', '$id', 21);
\echo '==== skip=$LIST_DEEP_ROWS'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE skipped('$BENCH_USER_ID', '$LIST_BIG_CHAT', 21, $LIST_DEEP_ROWS);
\echo '==== search q=$LIST_SEARCH, FastKit (the query bound three times, the rank in ORDER BY written again)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search('$LIST_SEARCH', '$BENCH_USER_ID', '$LIST_BIG_CHAT', '$LIST_SEARCH', '$LIST_SEARCH', 21, 0);
\echo '==== search q=$LIST_SEARCH, baseline (the query once in FROM, ORDER BY the rank column)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search_baseline('$LIST_SEARCH', '$BENCH_USER_ID', '$LIST_BIG_CHAT', 21, 0);
\echo '==== count of the search (X-Total-Count), both servers'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search_count('$BENCH_USER_ID', '$LIST_BIG_CHAT', '$LIST_SEARCH');
\echo '==== count of the count chat (scenario counted), both servers'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE counted('$BENCH_USER_ID', '$LIST_COUNT_CHAT', '$LIST_FILTER_FROM');
SET plan_cache_mode = force_generic_plan;
\echo '==== GENERIC PLANS (plan_cache_mode = force_generic_plan: what a prepared statement may switch to after 5 runs)'
\echo '==== cursor page, generic plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE deep('$BENCH_USER_ID', '$LIST_BIG_CHAT', '$created', '$id', 21);
\echo '==== search, FastKit, generic plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search('$LIST_SEARCH', '$BENCH_USER_ID', '$LIST_BIG_CHAT', '$LIST_SEARCH', '$LIST_SEARCH', 21, 0);
\echo '==== search, baseline, generic plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search_baseline('$LIST_SEARCH', '$BENCH_USER_ID', '$LIST_BIG_CHAT', 21, 0);
SQL
    echo "  plans: $out ($(grep -c 'Execution Time' "$out") plans; execution times ms: $(grep 'Execution Time' "$out" | awk '{ printf "%s ", $3 }'))"
}
