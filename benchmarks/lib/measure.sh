# Login/signup throughput, CRUD under a login burst, and start-up time / resident memory. Sourced by run.sh.

# measure_logins: rows signup, login, burst-alone, burst-crud and burst-logins in runs.tsv.
measure_logins() {
    local round burst_file="$RESULTS_DIR/burst-login.txt" burst_pid
    wrk_run login "$FASTKIT_PORT" "$LOGIN_CONNECTIONS" "$WARMUP" 1 >/dev/null
    record signup fastkit "$LOGIN_CONNECTIONS" 1 "$(wrk_run signup "$FASTKIT_PORT" "$LOGIN_CONNECTIONS" "$LOGIN_DURATION" 1)"
    record login fastkit "$LOGIN_CONNECTIONS" 1 "$(wrk_run login "$FASTKIT_PORT" "$LOGIN_CONNECTIONS" "$LOGIN_DURATION" 1)"
    for round in $(seq 1 "$ROUNDS"); do
        record burst-alone fastkit "$CONNECTIONS" "$round" "$(wrk_run get "$FASTKIT_PORT" "$CONNECTIONS" "$DURATION")"
        wrk_run login "$FASTKIT_PORT" "$LOGIN_CONNECTIONS" "$DURATION" 1 >"$burst_file" &
        burst_pid=$!
        record burst-crud fastkit "$CONNECTIONS" "$round" "$(wrk_run get "$FASTKIT_PORT" "$CONNECTIONS" "$DURATION")"
        wait "$burst_pid"
        record burst-logins fastkit "$LOGIN_CONNECTIONS" "$round" "$(cat "$burst_file")"
    done
}

# train <label> <java> <flags...>: one short run that exercises the routes, then a clean exit (writes CDS/AOT).
train() {
    local label=$1 java=$2 chat
    shift 2
    start_server "train-$label" "$FASTKIT_PORT" "$java" "$FASTKIT_JAR" "$@"
    wait_for_health "$FASTKIT_PORT"
    chat=$(head -1 "$CHAT_IDS_FILE")
    for _ in $(seq 1 20); do
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$FASTKIT_PORT/chats/$chat"
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$FASTKIT_PORT/chats?limit=20"
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$FASTKIT_PORT/chats/$chat?include=messages"
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
            -d '{"content":"training"}' "http://127.0.0.1:$FASTKIT_PORT/chats/$chat/messages"
        curl -s -o /dev/null -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/merge-patch+json' \
            -d '{"title":"Training"}' "http://127.0.0.1:$FASTKIT_PORT/chats/$chat"
    done
    curl -s -o /dev/null -d "username=$LOGIN_USERNAME&password=Bench-Pass1%21" "http://127.0.0.1:$FASTKIT_PORT/auth/login"
    stop_server "$SERVER_PID"
}

# startup_config <label> <java> <flags...> (the jar is $STARTUP_JAR, the example server unless changed): STARTUP_RUNS starts; the last one also measures RSS idle and at peak.
startup_config() {
    local label=$1 java=$2 run times=() elapsed idle peak median version burst_pid load
    shift 2
    [ -x "$java" ] || command -v "$java" >/dev/null || { echo "  $label: $java missing, skipped"; return 0; }
    version=$("$java" -version 2>&1 | sed -n 2p)
    load=$((DURATION < 15 ? DURATION : 15))
    for run in $(seq 1 "$STARTUP_RUNS"); do
        local tracking=()
        if [ "${BENCH_MEMORY_DETAIL:-0}" = 1 ] && [ "$run" = "$STARTUP_RUNS" ]; then
            tracking=(-XX:NativeMemoryTracking=summary)
        fi
        start_server "startup-$run" "$FASTKIT_PORT" "$java" "$STARTUP_JAR" "${tracking[@]}" "$@"
        wait_for_health "$FASTKIT_PORT"
        elapsed=$(((READY_NS - SERVER_START_NS) / 1000000))
        times+=("$elapsed")
        if [ "$run" = "$STARTUP_RUNS" ]; then
            sleep 3
            idle=$(rss_mb "$SERVER_PID" VmRSS)
            wrk_run login "$FASTKIT_PORT" "$LOGIN_CONNECTIONS" "$load" 1 >/dev/null &
            burst_pid=$!
            wrk_run get "$FASTKIT_PORT" "$CONNECTIONS" "$load" >/dev/null
            wait "$burst_pid"
            wrk_run post "$FASTKIT_PORT" "$CONNECTIONS" "$load" >/dev/null
            wrk_run include "$FASTKIT_PORT" "$CONNECTIONS" "$load" >/dev/null
            peak=$(rss_mb "$SERVER_PID" VmHWM)
            if [ "${#tracking[@]}" -gt 0 ]; then
                "$(dirname "$(readlink -f "$(command -v "$java")")")/jcmd" "$SERVER_PID" VM.native_memory summary \
                    >"$RESULTS_DIR/memory-${label//[^A-Za-z0-9]/_}.txt" 2>&1 || true
            fi
        fi
        stop_server "$SERVER_PID"
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$version" "${*:-(none)}" "$median" "${times[*]}" "$idle" "$peak" \
        >>"$RESULTS_DIR/startup.tsv"
    echo "  $label: start to first 200 ${median} ms (runs: ${times[*]}), RSS idle ${idle} MiB, peak ${peak} MiB"
}

measure_startup() {
    local jsa="$RESULTS_DIR/app17.jsa" aot="$RESULTS_DIR/app25.aot"
    STARTUP_JAR=$BASELINE_JAR
    startup_config "baseline server (yardstick), JDK 17, default flags" java
    # The same GC on both sides, without class-data archives: the difference in peak RSS is FastKit's own.
    startup_config "baseline server (yardstick), JDK 17, Serial GC" java -XX:+UseSerialGC
    STARTUP_JAR=$FASTKIT_JAR
    startup_config "JDK 17, default flags" java
    startup_config "JDK 17, Serial GC" java -XX:+UseSerialGC
    train jdk17-cds java -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$jsa"
    startup_config "JDK 17, Serial GC + AppCDS" java -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa"
    if [ -x "$JDK25/bin/java" ]; then
        startup_config "JDK 25, default flags" "$JDK25/bin/java"
        train jdk25-aot "$JDK25/bin/java" -XX:+UseSerialGC -XX:AOTCacheOutput="$aot"
        if [ -f "$aot" ]; then
            startup_config "JDK 25, Serial GC + AOT cache" "$JDK25/bin/java" -XX:+UseSerialGC -XX:AOTCache="$aot"
            startup_config "JDK 25, G1 + AOT cache" "$JDK25/bin/java" -XX:AOTCache="$aot"
            # Not default heap sizing: the JVM sizes its heap as it would in a 1 GiB container (max 256 MiB).
            startup_config "JDK 25, Serial GC + AOT cache, sized for 1 GiB of memory" "$JDK25/bin/java" \
                -XX:+UseSerialGC -XX:MaxRAM=1g -XX:AOTCache="$aot"
        else
            echo "  JDK 25 wrote no AOT cache; see $RESULTS_DIR/logs/train-jdk25-aot.log"
        fi
    fi
}
