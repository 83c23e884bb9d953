# Driving load with wrk and recording one row per run. Sourced by run.sh.
# Rows of $RESULTS_DIR/runs.tsv: scenario server connections round rps p50_ms p99_ms non2xx socket_errors load mean_ms
# ended (load = the 1-minute load average when the run ended, which the run itself drives up; mean_ms = wrk's mean
# latency, for the Little's law check of report.sh; ended = UTC time the run ended, to set a slow round beside
# PostgreSQL's log of checkpoints and autovacuum)

WRK_SCRIPT="$BENCH_DIR/wrk/scenario.lua"

# wrk_run <scenario> <port> <connections> <seconds> [threads] -> prints the RESULT line's fields
wrk_run() {
    local scenario=$1 port=$2 connections=$3 seconds=$4 threads=${5:-$WRK_THREADS} output request="" path="" prefer=""
    [ "$threads" -gt "$connections" ] && threads=$connections
    if is_list_scenario "$scenario"; then
        request=$(list_request "$scenario" "$port")
        path=${request%%$'\t'*} prefer=${request#*$'\t'}
    fi
    output=$(BENCH_SCENARIO=$scenario BENCH_PATH="$path" BENCH_PREFER="$prefer" BENCH_THREADS=$threads BENCH_TOKEN="$TOKEN" BENCH_CHAT_IDS="$CHAT_IDS_FILE" \
        BENCH_USERNAME="$LOGIN_USERNAME" BENCH_PASSWORD="$BENCH_PASSWORD" BENCH_RUN_ID="$RUN_ID$RANDOM" \
        wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$WRK_SCRIPT" \
        "http://127.0.0.1:$port")
    echo "$output" >>"$RESULTS_DIR/logs/wrk.log"
    echo "$output" | grep '^RESULT' | sed 's/^RESULT //'
}

# field <name> <RESULT fields>
field() {
    echo "$2" | tr ' ' '\n' | awk -F= -v key="$1" '$1 == key { print $2 }'
}

# record <scenario> <server> <connections> <round> <RESULT fields>
record() {
    local fields=$5
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(field rps "$fields")" \
        "$(field p50_ms "$fields")" "$(field p99_ms "$fields")" "$(field non2xx "$fields")" \
        "$(field socket_errors "$fields")" "$(cut -d' ' -f1 /proc/loadavg)" "$(field mean_ms "$fields")" \
        "$(date -u +%H:%M:%S)" >>"$RESULTS_DIR/runs.tsv"
    printf '  %-8s %-9s c=%-4s round %s: %s\n' "$1" "$2" "$3" "$4" "$fields"
}

# compare <scenario> <connections> [rounds]: warm-up of both, then FastKit and baseline in alternation (A B A B ...).
compare() {
    local scenario=$1 connections=$2 rounds=${3:-$ROUNDS} round
    if [ "$BASELINE_ONLY" != "1" ]; then
        wrk_run "$scenario" "$FASTKIT_PORT" "$connections" "$WARMUP" >/dev/null
    fi
    wrk_run "$scenario" "$BASELINE_PORT" "$connections" "$WARMUP" >/dev/null
    for round in $(seq 1 "$rounds"); do
        if [ "$BASELINE_ONLY" != "1" ]; then
            record "$scenario" fastkit "$connections" "$round" "$(wrk_run "$scenario" "$FASTKIT_PORT" "$connections" "$DURATION")"
        fi
        record "$scenario" baseline "$connections" "$round" "$(wrk_run "$scenario" "$BASELINE_PORT" "$connections" "$DURATION")"
    done
}
