# RESULTS.md from runs.tsv and startup.tsv. Sourced by run.sh.

# wrk corrects its latency histogram for coordinated omission (wrk.c, stats_correct): a latency longer than twice the
# mean interval between one connection's requests adds a synthetic sample for every interval it covered. One stall of a
# second at 17,000 req/s on 32 connections adds about 500 samples per stalled connection, and the round's throughput x
# mean latency then exceeds its connections, which Little's law forbids for real latencies. Rounds without stalls give
# 1.03 to 1.20 per connection (wrk counts its own time between a response and the next request). A round above
# LITTLE_LIMIT had stalls: its percentiles describe them, not the server's typical latency, so they are listed but left
# out of the latency means (its throughput is kept). The stalls seen here were the CPU scheduler's (lib/servers.sh).
LITTLE_LIMIT=1.3

# stat <scenario> <server> <connections> <column: rps|p50|p99|non2xx|errors> -> mean over rounds (sums for counts);
# p50 and p99 over the rounds that pass the Little's law check
stat() {
    awk -F'\t' -v s="$1" -v v="$2" -v c="$3" -v col="$4" -v limit="$LITTLE_LIMIT" '
        BEGIN { index_of["rps"] = 5; index_of["p50"] = 6; index_of["p99"] = 7; index_of["non2xx"] = 8; index_of["errors"] = 9; index_of["load"] = 10 }
        $1 == s && $2 == v && $3 == c {
            if ((col == "p50" || col == "p99") && $11 != "" && $5 * $11 / 1000 / $3 > limit) next
            sum += $(index_of[col]); n++
        }
        END {
            if (n == 0) { print "-"; exit }
            if (col == "non2xx" || col == "errors") printf "%d", sum
            else if (col == "rps") printf "%.0f", sum / n
            else printf "%.1f", sum / n
        }' "$RESULTS_DIR/runs.tsv"
}

# ratio <a> <b> -> a / b with two decimals
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}

# round_ratios <scenario> <connections> -> FastKit / baseline req/s of each round, in round order (round i of FastKit
# ran just before round i of the baseline), so that a reader sees how far one round's ratio lies from the mean's
round_ratios() {
    awk -F'\t' -v s="$1" -v c="$2" '$1 == s && $3 == c { rps[$2, $4] = $5; if ($4 > n) n = $4 }
        END {
            for (i = 1; i <= n; i++) {
                f = rps["fastkit", i]; b = rps["baseline", i]
                printf "%s%s", (i > 1 ? " / " : ""), (f == "" || b == "" || b == 0 ? "-" : sprintf("%.2f", f / b))
            }
            if (n == 0) printf "-"
        }' "$RESULTS_DIR/runs.tsv"
}

# verdict <rps ratio> <p99 ratio> <minimum rps ratio>
verdict() {
    awk -v r="$1" -v p="$2" -v min="$3" 'BEGIN {
        if (r == "-" || p == "-") { print "-"; exit }
        fast = r >= min; tail = p <= 1.5
        print (fast && tail) ? "met" : (fast ? "MISSED: p99" : (tail ? "MISSED: ratio" : "MISSED: ratio, p99")) }'
}

# p99_rounds <scenario> <server> <connections> -> the p99 of each round, in round order; a round with stalls (failing the
# Little's law check) is marked with the in-flight requests its numbers imply per connection
p99_rounds() {
    awk -F'\t' -v s="$1" -v v="$2" -v c="$3" -v limit="$LITTLE_LIMIT" '$1 == s && $2 == v && $3 == c {
        implied = $11 == "" ? 0 : $5 * $11 / 1000 / $3
        printf "%s%s%s", sep, $7, (implied > limit ? sprintf(" (stalled: %.1fx)", implied) : ""); sep = " / " }' \
        "$RESULTS_DIR/runs.tsv"
}

# ran <scenario>: whether the run measured that wrk scenario (runs of old reports, without WRK_SCENARIOS, say SCENARIOS)
ran() {
    case " ${WRK_SCENARIOS:-$SCENARIOS} " in *" $1 "*) return 0 ;; esac
    return 1
}

# core_row <scenario> <label> <minimum>: its row at CONNECTIONS when the run measured it
core_row() {
    if ran "$1"; then throughput_row "$1" "$2" "$CONNECTIONS" "$3"; fi
}

throughput_row() {
    local scenario=$1 label=$2 connections=$3 minimum=$4 fr br fp50 bp50 fp99 bp99 rr pr
    fr=$(stat "$scenario" fastkit "$connections" rps) br=$(stat "$scenario" baseline "$connections" rps)
    fp50=$(stat "$scenario" fastkit "$connections" p50) bp50=$(stat "$scenario" baseline "$connections" p50)
    fp99=$(stat "$scenario" fastkit "$connections" p99) bp99=$(stat "$scenario" baseline "$connections" p99)
    rr=$(ratio "$fr" "$br") pr=$(ratio "$fp99" "$bp99")
    printf '| %s | %s | %s | %s | **%s** | %s | %s / %s | %s / %s | %s | %s (ratio >= %s, p99 ratio <= 1.5) | %s / %s |\n' "$label" "$connections" \
        "$fr" "$br" "$rr" "$(round_ratios "$scenario" "$connections")" "$fp50" "$bp50" "$fp99" "$bp99" "$pr" "$(verdict "$rr" "$pr" "$minimum")" "$minimum" \
        "$(stat "$scenario" fastkit "$connections" non2xx)" "$(stat "$scenario" baseline "$connections" non2xx)"
}

write_report() {
    local java_version pg_version cpu
    java_version=$(java -version 2>&1 | sed -n 2p)
    pg_version=$(psql_db -Atc 'SHOW server_version')
    cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
    cat <<REPORT
# FastKit benchmark results

Generated by \`benchmarks/run.sh $RUN_ARGUMENTS\` on $(date -u -d "@${RESULTS_DIR##*/}" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || date -u '+%Y-%m-%d %H:%M UTC') (the run's start)$( [ -n "${REPORT_ONLY:-}" ] && echo "; report written again from its raw runs with \`--report=${RESULTS_DIR##*/}\` on $(date -u '+%Y-%m-%d %H:%M UTC')").
Absolute numbers do not transfer between machines; the ratios, measured side by side in one run, do.
How to rerun and what each number means: [README.md](README.md).

## Setup

| | |
|---|---|
| machine | $(nproc) CPUs ($cpu), $(free -m | awk '/^Mem:/ { print $2 }') MiB memory, $(uname -sr) |
| load generator | $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $WRK_THREADS threads, on the same machine, loopback |
| database | PostgreSQL $pg_version: $DB_SOURCE |
| dataset | $DATASET$( [ -n "${DATASET_LISTS:-}" ] && echo "; list scenarios: $DATASET_LISTS") |
| example server jar | $( [ -n "${BENCH_FASTKIT_JAR:-}" ] && echo "BENCH_FASTKIT_JAR=$BENCH_FASTKIT_JAR (prebuilt, not this checkout)" || echo "built from this checkout" ) |
| JDK (throughput runs) | $java_version |
| JVM flags (throughput runs, both servers) | ${BENCH_JAVA_OPTS:-none (JDK defaults)} |
| peak RSS over the throughput runs (VmHWM) | $( [ -n "${PEAK_RSS_FASTKIT:-}" ] && echo "FastKit ${PEAK_RSS_FASTKIT} MiB, baseline ${PEAK_RSS_BASELINE} MiB after the same scenarios: ratio $(awk -v a="$PEAK_RSS_FASTKIT" -v b="$PEAK_RSS_BASELINE" 'BEGIN { printf "%.2f", a / b }') (target <= 1.15 under -XX:MaxRAM=512m)$( [ -n "${PEAK_RSS_FASTKIT_LOGINS:-}" ] && echo "; FastKit after its signup and login runs (Argon2id, FastKit only): ${PEAK_RSS_FASTKIT_LOGINS} MiB")" || echo "not measured" ) |
| benchmark user and token | $( [ "$AUTH_ROUTES" = 1 ] && echo "created through POST /auth/signup (real Argon2id hash, token issued by the server)" || echo "created in SQL, token minted with the shared secret and the security module's claims (no working /auth/signup)") |
| baseline reads | $( [ "${BASELINE_READ_TRANSACTIONS:-false}" = true ] && echo "in a read-only transaction, like FastKit's unit of work (BASELINE_READ_TRANSACTIONS=true)" || echo "in auto-commit, as hand-written code would (BASELINE_READ_TRANSACTIONS=true wraps them in a read-only transaction like FastKit)") |
| token user check | both servers trust a looked-up user for $USER_CACHE_TTL (FastKit's principal cache; the baseline's equivalent map) |
| machine load | 1-minute load average at the end of the runs: mean $(awk -F'\t' '{ s += $10; n++ } END { if (n) printf "%.1f", s / n }' "$RESULTS_DIR/runs.tsv"), max $(awk -F'\t' '$10 > m { m = $10 } END { print m + 0 }' "$RESULTS_DIR/runs.tsv") on $(nproc) CPUs, before the run ${LOAD_BEFORE:-not recorded} (the runs themselves drive it: wrk, the server's request threads and PostgreSQL's backends all count; with nothing else on the machine it reached 15 to 20, so only the value before the run tells whether other work shared it) |
| CPU scheduler | Linux autogroup: ${AUTOGROUP:-on (runs before it was switched off)} (see lib/servers.sh: with it on, PostgreSQL backends waited seconds for a CPU) |
| durations | warm-up ${WARMUP} s per server, then $ROUNDS rounds of FastKit / baseline alternated (A B A B), ${DURATION} s each |

## Throughput and latency: FastKit example server / hand-written baseline

Means over the rounds; latencies over the rounds that pass the Little's law check (see "p99 of each round"). Ratio =
FastKit req/s / baseline req/s (of the means); "ratio per round" gives each A/B pair's own ratio, in the order they ran,
to show how much one round moves on this machine. Targets: ratio >= 0.90 on reads, >= 0.95 on writes, FastKit p99 <= 1.5 x baseline
p99. Latencies in milliseconds.

| scenario | connections | FastKit req/s | baseline req/s | ratio | ratio per round | p50 FastKit / baseline | p99 FastKit / baseline | p99 ratio | target | non-2xx FastKit / baseline |
|---|---|---|---|---|---|---|---|---|---|---|
$(core_row get "1. GET /chats/{id}" 0.90)
$(core_row list "2. GET /chats?limit=20" 0.90)
$(core_row include "3. GET /chats/{id}?include=messages" 0.90)
$(core_row post "4. POST /chats/{id}/messages" 0.95)
$(core_row postkey "4b. the same with a new Idempotency-Key each (the baseline ignores it)" 0.90)
$(core_row patch "5. PATCH /chats/{id}" 0.95)
$(core_row hotrow "6. PATCH /chats/{id}, every connection the same chat" 0.95)
$(core_row filter "a. GET /chats?title[contains]=7&sort=-updated_at&limit=20 (counted)" 0.95)
$(core_row search "b. GET /chats/{big}/messages?q=${LIST_SEARCH:-}&limit=20 (counted)" 0.95)
$(core_row first "c1. GET /chats/{big}/messages?limit=20, the first page (count=none)" 0.95)
$(core_row cursor "c2. the same, cursor ${LIST_DEEP_ROWS:-} rows deep (count=none)" 0.95)
$(core_row skip "c3. the same, skip=${LIST_DEEP_ROWS:-} (count=none)" 0.95)
$(core_row counted "d1. GET /chats/{count}/messages?created_at[gte]=...&limit=20 (counted)" 0.95)
$(core_row uncounted "d2. the same, Prefer: count=none" 0.95)
$(ran post && ran postkey && printf '\nIdempotent creates: FastKit POST with a new Idempotency-Key each / FastKit POST without one = **%s** (target >= 0.90; the keyed POST takes an advisory lock, looks the key up and stores the answer in the create'"'"'s transaction).\n' "$(ratio "$(stat postkey fastkit "$CONNECTIONS" rps)" "$(stat post fastkit "$CONNECTIONS" rps)")")

$(ran get && cat <<SWEEP
### Concurrency sweep, scenario 1

| scenario | connections | FastKit req/s | baseline req/s | ratio | ratio per round | p50 FastKit / baseline | p99 FastKit / baseline | p99 ratio | target | non-2xx FastKit / baseline |
|---|---|---|---|---|---|---|---|---|---|---|
$(ran get && for connections in $(printf '%s\n' $SWEEP "$CONNECTIONS" | sort -nu); do throughput_row get "1. GET /chats/{id}" "$connections" 0.90; done)
SWEEP
)

### p99 of each round

The means above hide whether a tail came from one round or from every round. Milliseconds, rounds in the order they
ran, FastKit's round i just before the baseline's round i. "stalled: N x" marks a round whose throughput times mean
latency says N requests were in flight per connection, where one is the most there can be: wrk corrects its
percentiles for coordinated omission, adding a synthetic sample for each request a stalled connection did not send,
so a round with stalls of a second or more reports such numbers. Its percentiles describe the stalls, not the
server's typical latency; the p50 and p99 means above leave them out, its throughput counts.

| scenario | connections | FastKit | baseline |
|---|---|---|---|
$(for scenario in ${WRK_SCENARIOS:-$SCENARIOS}; do echo "| $scenario | $CONNECTIONS | $(p99_rounds "$scenario" fastkit "$CONNECTIONS") | $(p99_rounds "$scenario" baseline "$CONNECTIONS") |"; done)
REPORT
    if ran filter || ran search || ran first || ran counted || [ -s "${LIST_CHART_DATA:-/nonexistent}" ]; then
        list_report
    fi
    [ "$BASELINE_ONLY" = 1 ] && return 0
    if [ "$AUTH_ROUTES" = 1 ] && [ "$SKIP_LOGINS" != 1 ]; then
        login_report
    fi
    if [ "$SKIP_STARTUP" != 1 ]; then
        startup_report
    fi
}

login_report() {
    local alone burst drop
    alone=$(stat burst-alone fastkit "$CONNECTIONS" rps) burst=$(stat burst-crud fastkit "$CONNECTIONS" rps)
    drop=$(awk -v a="$alone" -v b="$burst" 'BEGIN { if (a == "-" || b == "-" || a == 0) print "-"; else printf "%.1f", 100 * (1 - b / a) }')
    cat <<REPORT

## Signup and login (Argon2id, deliberately slow), FastKit only

| measurement | connections | req/s | p50 ms | p99 ms | non-2xx |
|---|---|---|---|---|---|
| POST /auth/signup | $LOGIN_CONNECTIONS | $(stat signup fastkit "$LOGIN_CONNECTIONS" rps) | $(stat signup fastkit "$LOGIN_CONNECTIONS" p50) | $(stat signup fastkit "$LOGIN_CONNECTIONS" p99) | $(stat signup fastkit "$LOGIN_CONNECTIONS" non2xx) |
| POST /auth/login | $LOGIN_CONNECTIONS | $(stat login fastkit "$LOGIN_CONNECTIONS" rps) | $(stat login fastkit "$LOGIN_CONNECTIONS" p50) | $(stat login fastkit "$LOGIN_CONNECTIONS" p99) | $(stat login fastkit "$LOGIN_CONNECTIONS" non2xx) |
| GET /chats/{id} alone | $CONNECTIONS | $alone | $(stat burst-alone fastkit "$CONNECTIONS" p50) | $(stat burst-alone fastkit "$CONNECTIONS" p99) | $(stat burst-alone fastkit "$CONNECTIONS" non2xx) |
| GET /chats/{id} during a login burst | $CONNECTIONS | $burst | $(stat burst-crud fastkit "$CONNECTIONS" p50) | $(stat burst-crud fastkit "$CONNECTIONS" p99) | $(stat burst-crud fastkit "$CONNECTIONS" non2xx) |
| the login burst itself | $LOGIN_CONNECTIONS | $(stat burst-logins fastkit "$LOGIN_CONNECTIONS" rps) | $(stat burst-logins fastkit "$LOGIN_CONNECTIONS" p50) | $(stat burst-logins fastkit "$LOGIN_CONNECTIONS" p99) | $(stat burst-logins fastkit "$LOGIN_CONNECTIONS" non2xx) |

CRUD throughput drop during the login burst: **${drop} %** (target: at most 10 %; alone and burst runs alternated, $ROUNDS rounds).
REPORT
}

startup_report() {
    cat <<REPORT

## Start-up and resident memory of the example server

Start = from spawning \`java -jar\` to the first \`200\` from \`GET /health\` (median of $STARTUP_RUNS starts, polled every
10 ms; includes Flyway validating the schema and the pool's first connection). RSS idle = 3 s after start; RSS peak =
VmHWM after load at $CONNECTIONS connections: GET /chats/{id} with a concurrent login burst, then POST messages, then
include=messages, $((DURATION < 15 ? DURATION : 15)) s each. Default heap sizing (no -Xmx).
Targets: start < 1.5 s on JDK 25 with the recommended flags; peak RSS < 300 MB.

| JVM | version | flags | start ms (median) | all starts ms | RSS idle MiB | RSS peak MiB |
|---|---|---|---|---|---|---|
$(awk -F'\t' '{ printf "| %s | %s | `%s` | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$RESULTS_DIR/startup.tsv" \
    | sed "s#$BENCH_DIR/#benchmarks/#g")
REPORT
}

# p50_ratio <scenario a> <scenario b> <server> -> p50 of a / p50 of b, with both p50s
p50_ratio() {
    local a b
    a=$(stat "$1" "$3" "$CONNECTIONS" p50) b=$(stat "$2" "$3" "$CONNECTIONS" p50)
    echo "$(ratio "$a" "$b") ($a / $b ms)"
}

# rps_ratio <scenario a> <scenario b> <server> -> req/s of a / req/s of b, with both
rps_ratio() {
    local a b
    a=$(stat "$1" "$3" "$CONNECTIONS" rps) b=$(stat "$2" "$3" "$CONNECTIONS" rps)
    echo "$(ratio "$a" "$b") ($a / $b req/s)"
}

# bound <value "x.xx (...)"> <le|ge> <limit> -> met / MISSED
bound() {
    awk -v v="${1%% *}" -v op="$2" -v limit="$3" 'BEGIN {
        if (v == "-") { print "-"; exit }
        print ((op == "le" ? v <= limit : v >= limit) ? "met" : "MISSED") }'
}

list_report() {
    local chart_link="" data_link="" report_dir
    report_dir=$(dirname "$RESULTS_FILE")
    if [ -n "${LIST_CHART_DATA:-}" ] && [ -s "$LIST_CHART_DATA" ]; then
        data_link=$(realpath --relative-to="$report_dir" "$LIST_CHART_DATA")
        [ -s "$LIST_CHART" ] && chart_link=$(realpath --relative-to="$report_dir" "$LIST_CHART")
    fi
    cat <<REPORT

## List queries: the targets between scenarios

The list scenarios' rows are in the table above (a to d; targets there: FastKit / baseline >= 0.95 and p99 ratio <=
1.5). The pages c1 to c3 and d2 send \`Prefer: count=none\`, so that c measures the page alone (FastKit would take an
unfiltered count from its count cache, the baseline has none); a, b and d1 are counted on every request by both
servers (a filter or a search, which FastKit's count cache does not hold).$( [ "${LIST_ROUNDS:-$ROUNDS}" != "$ROUNDS" ] && echo " List scenarios ran ${LIST_ROUNDS} A/B round(s) each.")

| target | FastKit | baseline | verdict (FastKit / baseline) |
|---|---|---|---|
$(if ran cursor && ran first; then
    f=$(p50_ratio cursor first fastkit) b=$(p50_ratio cursor first baseline)
    echo "| cursor page ${LIST_DEEP_ROWS} rows deep: p50 <= 1.2 x the first page's p50 | $f | $b | $(bound "$f" le 1.2) / $(bound "$b" le 1.2) |"
fi)
$(if ran skip && ran first; then
    echo "| (no target) skip=${LIST_DEEP_ROWS}: p50 / the first page's p50 | $(p50_ratio skip first fastkit) | $(p50_ratio skip first baseline) | |"
fi)
$(if ran counted && ran uncounted; then
    f=$(rps_ratio uncounted counted fastkit) b=$(rps_ratio uncounted counted baseline)
    echo "| Prefer: count=none: req/s >= 1.5 x the counted list's | $f | $b | $(bound "$f" ge 1.5) / $(bound "$b" ge 1.5) |"
fi)
REPORT
    if [ -n "$data_link" ]; then
        cat <<REPORT

### Page latency against depth

$( [ -n "$chart_link" ] && echo "![p50 of one page against its depth, cursor and skip]($chart_link)" || echo "(no chart: gnuplot was not installed)")

p50 in milliseconds of \`GET /chats/{big}/messages?limit=20\` with \`Prefer: count=none\`, ${LIST_DEPTH_REQUESTS} requests per
point on one kept-alive connection (curl, after 3 not counted), the servers and kinds interleaved at each depth; the
cursor of each depth was found by following \`Link\` from the first page. Data: [$data_link]($data_link).

| depth (rows before the page) | FastKit cursor | FastKit skip | baseline cursor | baseline skip |
|---|---|---|---|---|
$(grep -v '^#' "$LIST_CHART_DATA" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }')
REPORT
    fi
    if [ -s "$RESULTS_DIR/explain.txt" ]; then
        cat <<REPORT

### Query plans

\`EXPLAIN (ANALYZE, BUFFERS)\` of the statements behind c2, c3, b and the counts, in
[results/${RESULTS_DIR##*/}/explain.txt]($(realpath --relative-to="$report_dir" "$RESULTS_DIR/explain.txt")) (not committed; the README
quotes them). Execution times (ms), custom plans first, then generic ones:

| statement | execution ms | scans |
|---|---|---|
$(awk '/^==== / { sub(/^==== /, ""); title = $0; scans = ""; next }
    /Scan/ && /\(cost/ { line = $0; sub(/^ *(-> *)?/, "", line); sub(/ +\(cost.*/, "", line); scans = scans (scans == "" ? "" : "; ") line }
    /Execution Time/ { printf "| %s | %s | %s |\n", title, $3, scans }' "$RESULTS_DIR/explain.txt")
REPORT
    fi
}
