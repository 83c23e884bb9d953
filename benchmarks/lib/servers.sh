# Starting, probing and stopping the servers under test. Sourced by run.sh (needs RESULTS_DIR, SERVER_ENV).

# Every pid started here, stopped by stop_all on exit.
STARTED_PIDS=()

# Linux's autogroup scheduling (kernel.sched_autogroup_enabled, on in Debian's kernels) shares the CPU equally between
# sessions, and PostgreSQL starts every backend in a session of its own (setsid). Under load that starved single
# backends: /proc/<pid>/schedstat showed one waiting 5 s for a CPU in the middle of a primary-key SELECT (for either
# server), and those waits were the multi-second maxima that wrk's coordinated-omission correction turned into p99s of
# seconds. With it off, the same load gave maxima of about 20 ms. The run switches it off (it needs root) and puts the
# old value back on exit; AUTOGROUP says what the run had, for the report.
AUTOGROUP_SETTING=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_BEFORE=""
AUTOGROUP=""

# disable_autogroup: before any server or database connection starts, so that their processes are scheduled alike.
disable_autogroup() {
    if [ ! -r "$AUTOGROUP_SETTING" ]; then
        AUTOGROUP="not in this kernel"
        return 0
    fi
    AUTOGROUP_BEFORE=$(cat "$AUTOGROUP_SETTING")
    if [ "$AUTOGROUP_BEFORE" = 0 ]; then
        AUTOGROUP="off"
    elif { echo 0 >"$AUTOGROUP_SETTING"; } 2>/dev/null; then
        AUTOGROUP="off for the run (it was on; put back afterwards)"
    else
        AUTOGROUP="ON: could not switch it off (not root), so expect PostgreSQL backends to stall for seconds"
        AUTOGROUP_BEFORE=0
        echo "WARNING: kernel.sched_autogroup_enabled stays 1; latencies will show multi-second scheduler stalls" >&2
    fi
}

restore_autogroup() {
    if [ -n "$AUTOGROUP_BEFORE" ] && [ "$AUTOGROUP_BEFORE" != 0 ]; then
        { echo "$AUTOGROUP_BEFORE" >"$AUTOGROUP_SETTING"; } 2>/dev/null || true
    fi
}

# start_server <label> <port> <java> <jar> [jvm flags...] -> sets SERVER_PID, SERVER_START_NS
start_server() {
    local label=$1 port=$2 java=$3 jar=$4
    shift 4
    # Another process on the port would answer the health checks and the requests meant for this server.
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        echo "port $port is taken by another process; choose others with BENCH_FASTKIT_PORT and BENCH_BASELINE_PORT" >&2
        exit 1
    fi
    SERVER_START_NS=$(date +%s%N)
    env "${SERVER_ENV[@]}" MICRONAUT_SERVER_PORT="$port" MICRONAUT_SERVER_HOST=127.0.0.1 \
        "$java" "$@" -jar "$jar" >>"$RESULTS_DIR/logs/$label.log" 2>&1 &
    SERVER_PID=$!
    STARTED_PIDS+=("$SERVER_PID")
}

# wait_for_health <port> [timeout seconds] -> sets READY_NS; fails when the server does not answer 200 in time.
wait_for_health() {
    local port=$1 timeout=${2:-120} deadline
    deadline=$(($(date +%s) + timeout))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = "200" ]; then
            READY_NS=$(date +%s%N)
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "server on port $port exited; see $RESULTS_DIR/logs" >&2
            return 1
        fi
        sleep 0.01
    done
    echo "server on port $port gave no 200 on /health within ${timeout}s" >&2
    return 1
}

# stop_server <pid>: SIGTERM (so AOT/CDS archives are written at exit), then wait.
stop_server() {
    local pid=$1 waited=0
    kill -TERM "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

stop_all() {
    local pid
    for pid in "${STARTED_PIDS[@]}"; do
        stop_server "$pid"
    done
    STARTED_PIDS=()
}

# rss_mb <pid> <VmRSS|VmHWM>: resident memory in MiB (VmHWM is the peak since start).
rss_mb() {
    awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}
