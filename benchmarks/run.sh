#!/usr/bin/env bash
# FastKit benchmark: the example chat server against a hand-written baseline, side by side, on loopback only.
#
#   benchmarks/run.sh                  full run (about an hour; 35 minutes without the list scenarios), writes RESULTS.md
#   benchmarks/run.sh --quick          CI smoke: small dataset, a few seconds of load per scenario (report in
#                                      benchmarks/results/<run id>/RESULTS-quick.md, RESULTS.md untouched)
#   benchmarks/run.sh --baseline-only  only the baseline (schema from sql/schema.sql, self-minted token)
#   benchmarks/run.sh --skip-build     reuse the jars already built
#   --skip-logins, --skip-startup      leave out the signup/login part or the start-up/RSS part
#   --report=<run id>                  write the report again from results/<run id> (its raw runs), e.g. after a change
#                                      to report.sh; nothing is built, started or measured
#
# Overrides (environment): BENCH_DURATION, BENCH_WARMUP (seconds per run), BENCH_ROUNDS (A/B pairs per scenario),
# BENCH_SCENARIOS ("get list include post postkey patch hotrow filter search deep count depth"; the last five are the list
# scenarios of lib/lists.sh, and depth draws the chart of page latency against depth), BENCH_CONNECTIONS (32),
# BENCH_SWEEP ("8 32 128"), BENCH_WRK_THREADS (2), BENCH_LOGIN_DURATION, BENCH_LOGIN_CONNECTIONS (4),
# BENCH_STARTUP_RUNS (3), BENCH_JAVA_OPTS (JVM flags of both servers under load), BENCH_JDK25 (path of a JDK 25),
# BENCH_RESULTS (output file), BENCH_FASTKIT_JAR (a prebuilt example server jar),
# BENCH_MEMORY_DETAIL=1 (native memory tracking in the RSS runs, summaries in results/<run id>/memory-*.txt),
# BENCH_LIST_ROUNDS (A/B pairs of each list scenario: BENCH_ROUNDS, 1 in --quick), BENCH_DEEP_ROWS (100000),
# BENCH_SEARCH (the q of scenario search: "reminder about the hiking trip", "hiking trip" in --quick),
# BENCH_LIST_DEPTHS (the chart's depths, "0 1000 10000 50000 100000 250000 500000"), BENCH_DEPTH_REQUESTS (per depth,
# server and kind: 50), BENCH_CHART (benchmarks/lists-depth.svg; a quick run's goes to its results directory),
# FASTKIT_SECURITY_PRINCIPAL_CACHE_TIME_TO_LIVE (30s; both servers trust a looked-up token user that long, 0s = a
# users lookup on every request), BASELINE_READ_TRANSACTIONS (true: the baseline reads in read-only transactions).
# Database: DATASOURCES_DEFAULT_URL (+ _USERNAME, _PASSWORD) when set, as for the server (it must be an empty
# database on loopback); otherwise a fresh database fastkit_bench (BENCH_DATABASE names another) on the local
# PostgreSQL service 127.0.0.1:5432, user postgres. Ports: BENCH_FASTKIT_PORT (8080), BENCH_BASELINE_PORT (8081).
# Kernel: as root, a full run switches Linux's autogroup scheduling off and puts it back on exit; --quick (CI's
# smoke) leaves it as it is (lib/servers.sh says why).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT_DIR=$(dirname "$BENCH_DIR")
QUICK=0 BASELINE_ONLY=0 SKIP_BUILD=0 SKIP_LOGINS=0 SKIP_STARTUP=0 REPORT_ONLY=""
RUN_ARGUMENTS="$*"
for argument in "$@"; do
    case $argument in
        --quick) QUICK=1 ;;
        --baseline-only) BASELINE_ONLY=1 ;;
        --skip-build) SKIP_BUILD=1 ;;
        --skip-logins) SKIP_LOGINS=1 ;;
        --skip-startup) SKIP_STARTUP=1 ;;
        --report=*) REPORT_ONLY=${argument#--report=} ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        *) echo "unknown option $argument (try --help)" >&2; exit 2 ;;
    esac
done

# duration warm-up rounds sweep login-duration startup-runs users chats messages bench-chats bench-messages;
# then the list scenarios': big chat, count chat, deep rows, depths, requests per depth, rounds, search (a third word
# in a full run, so that q matches a few hundred of the million rows; two words in the quick run's 20,000)
if [ "$QUICK" = 1 ]; then
    defaults=(3 2 2 "8 32" 3 1 200 2000 20000 400 20)
    list_defaults=(20000 5000 10000 "0 1000 10000" 5 1 "hiking trip")
else
    defaults=(30 10 2 "8 32 128" 20 3 1000 10000 200000 1000 20)
    list_defaults=(1000000 100000 100000 "0 1000 10000 50000 100000 250000 500000" 50 "" "reminder about the hiking trip")
fi
DURATION=${BENCH_DURATION:-${defaults[0]}}
WARMUP=${BENCH_WARMUP:-${defaults[1]}}
ROUNDS=${BENCH_ROUNDS:-${defaults[2]}}
SWEEP=${BENCH_SWEEP:-${defaults[3]}}
LOGIN_DURATION=${BENCH_LOGIN_DURATION:-${defaults[4]}}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-${defaults[5]}}
USERS=${defaults[6]} CHATS=${defaults[7]} MESSAGES=${defaults[8]}
BENCH_CHATS=${defaults[9]} BENCH_MESSAGES=${defaults[10]}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SCENARIOS=${BENCH_SCENARIOS:-get list include post postkey patch hotrow filter search deep count depth}
LIST_BIG_MESSAGES=${list_defaults[0]} LIST_COUNT_MESSAGES=${list_defaults[1]}
LIST_DEEP_ROWS=${BENCH_DEEP_ROWS:-${list_defaults[2]}}
LIST_DEPTHS=${BENCH_LIST_DEPTHS:-${list_defaults[3]}}
LIST_DEPTH_REQUESTS=${BENCH_DEPTH_REQUESTS:-${list_defaults[4]}}
LIST_ROUNDS=${BENCH_LIST_ROUNDS:-${list_defaults[5]:-$ROUNDS}}
LIST_SEARCH=${BENCH_SEARCH:-${list_defaults[6]}}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
LOGIN_CONNECTIONS=${BENCH_LOGIN_CONNECTIONS:-4}
read -r -a JAVA_FLAGS <<<"${BENCH_JAVA_OPTS:-}"
JDK25=${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUN_ID=$(date +%s)
RESULTS_DIR="$BENCH_DIR/results/$RUN_ID"
# A quick (CI smoke) run never overwrites the committed RESULTS.md.
if [ "$QUICK" = 1 ]; then
    RESULTS_FILE=${BENCH_RESULTS:-$RESULTS_DIR/RESULTS-quick.md}
    LIST_CHART=${BENCH_CHART:-$RESULTS_DIR/lists-depth.svg}
else
    RESULTS_FILE=${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}
    LIST_CHART=${BENCH_CHART:-$BENCH_DIR/lists-depth.svg}
fi
LIST_CHART_DATA=${LIST_CHART%.svg}.tsv
USER_CACHE_TTL=${FASTKIT_SECURITY_PRINCIPAL_CACHE_TIME_TO_LIVE:-30s}
FASTKIT_PORT=${BENCH_FASTKIT_PORT:-8080} BASELINE_PORT=${BENCH_BASELINE_PORT:-8081}
BENCH_DATABASE=${BENCH_DATABASE:-fastkit_bench}
CHAT_IDS_FILE="$RESULTS_DIR/chat-ids.txt"
BENCH_USERNAME="benchuser$RUN_ID" LOGIN_USERNAME="benchlogin$RUN_ID" BENCH_PASSWORD='Bench-Pass1!'
TOKEN=""
if [ -z "$REPORT_ONLY" ]; then
    mkdir -p "$RESULTS_DIR/logs"
    : >"$RESULTS_DIR/runs.tsv"
    : >"$RESULTS_DIR/startup.tsv"
fi

# shellcheck source=lib/servers.sh
. "$BENCH_DIR/lib/servers.sh"
# shellcheck source=lib/load.sh
. "$BENCH_DIR/lib/load.sh"
# shellcheck source=lib/database.sh
. "$BENCH_DIR/lib/database.sh"
# shellcheck source=lib/measure.sh
. "$BENCH_DIR/lib/measure.sh"
# shellcheck source=lib/lists.sh
. "$BENCH_DIR/lib/lists.sh"
# shellcheck source=lib/report.sh
. "$BENCH_DIR/lib/report.sh"
# The wrk scenarios that the groups of SCENARIOS run (deep and count are three and two, depth none).
WRK_SCENARIOS=$(expand_scenarios $SCENARIOS)
# Everything write_report needs besides the raw runs, saved with them so --report can write the report again.
REPORT_CONTEXT=(RUN_ARGUMENTS DB_SOURCE DATASET AUTH_ROUTES USER_CACHE_TTL WRK_THREADS WARMUP ROUNDS DURATION CONNECTIONS
    SWEEP SCENARIOS LOGIN_CONNECTIONS STARTUP_RUNS BASELINE_ONLY SKIP_LOGINS SKIP_STARTUP JDBC_URL DB_USER DB_PASSWORD
    LOAD_BEFORE AUTOGROUP PEAK_RSS_FASTKIT PEAK_RSS_BASELINE PEAK_RSS_FASTKIT_LOGINS WRK_SCENARIOS LIST_ROUNDS LIST_DEEP_ROWS LIST_DEPTHS
    LIST_DEPTH_REQUESTS LIST_CHART LIST_CHART_DATA LIST_BIG_CHAT LIST_COUNT_CHAT DATASET_LISTS LIST_SEARCH)
if [ -n "$REPORT_ONLY" ]; then
    RESULTS_DIR="$BENCH_DIR/results/$REPORT_ONLY"
    [ -f "$RESULTS_DIR/context.sh" ] || { echo "no $RESULTS_DIR/context.sh (runs before it was saved cannot be reported again)" >&2; exit 1; }
    # shellcheck source=/dev/null
    . "$RESULTS_DIR/context.sh"
    write_report >"$RESULTS_FILE"
    echo "wrote $RESULTS_FILE from $RESULTS_DIR"
    exit 0
fi
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
trap 'stop_all; restore_autogroup' EXIT
trap 'exit 130' INT TERM

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

step "tools"
for tool in curl jq psql openssl java; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

if [ "$QUICK" = 1 ]; then
    # CI's smoke changes no machine setting: autogroup stays as it is (a stall it causes shows in the quick report).
    AUTOGROUP="left as it was for a --quick run: $(cat "$AUTOGROUP_SETTING" 2>/dev/null || echo 'not in this kernel')"
else
    disable_autogroup
fi
echo "Linux autogroup scheduling: $AUTOGROUP"

step "build"
if [ "$SKIP_BUILD" != 1 ]; then
    if [ "$BASELINE_ONLY" != 1 ] && [ -z "${BENCH_FASTKIT_JAR:-}" ]; then
        # The jar as it ships: start-up optimised with Micronaut AOT (installs FastKit's modules first).
        bash "$ROOT_DIR/scripts/build-jar.sh"
    fi
    (cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests -f benchmarks/baseline/pom.xml package)
fi
BASELINE_JAR=$(ls "$BENCH_DIR"/baseline/target/fastkit-benchmark-baseline-*.jar | grep -v original | head -1)
if [ "$BASELINE_ONLY" != 1 ]; then
    FASTKIT_JAR=${BENCH_FASTKIT_JAR:-$(ls -t "$ROOT_DIR"/example-chat-app/target/example-chat-app-*.jar 2>/dev/null \
        | grep -v -e original -e sources -e javadoc -e tests | head -1 || true)}
    [ -n "$FASTKIT_JAR" ] || { echo "no runnable example-chat-app jar; try --baseline-only" >&2; exit 1; }
fi

step "database"
prepare_database
export FASTKIT_SECURITY_JWT_SECRET=${FASTKIT_SECURITY_JWT_SECRET:-$(openssl rand -hex 32)}
SERVER_ENV=(DATASOURCES_DEFAULT_URL="$JDBC_URL" DATASOURCES_DEFAULT_USERNAME="$DB_USER"
    DATASOURCES_DEFAULT_PASSWORD="$DB_PASSWORD" FASTKIT_SECURITY_JWT_SECRET="$FASTKIT_SECURITY_JWT_SECRET"
    FASTKIT_SECURITY_JWT_ACCESS_TOKEN_LIFETIME=6h FASTKIT_SECURITY_REFRESH_COOKIE_SECURE=false
    FASTKIT_SECURITY_PRINCIPAL_CACHE_TIME_TO_LIVE="$USER_CACHE_TTL" BASELINE_USER_CACHE_TIME_TO_LIVE="$USER_CACHE_TTL")

step "schema, benchmark users and seed data"
AUTH_ROUTES=0
if [ "$BASELINE_ONLY" = 1 ]; then
    psql_db -q -f "$BENCH_DIR/sql/schema.sql"
    create_user_in_sql
else
    start_server fastkit "$FASTKIT_PORT" java "$FASTKIT_JAR" "${JAVA_FLAGS[@]}"
    FASTKIT_PID=$SERVER_PID
    wait_for_health "$FASTKIT_PORT"
    if TOKEN=$(signup "$BENCH_USERNAME"); then
        AUTH_ROUTES=1
        signup "$LOGIN_USERNAME" >/dev/null
        BENCH_USER_ID=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$FASTKIT_PORT/auth/protected" | jq -r .user_id)
    else
        echo "WARNING: the example server has no working POST /auth/signup; user made in SQL, token minted" >&2
        create_user_in_sql
    fi
fi
seed_database
echo "benchmark user $BENCH_USER_ID owns $(wc -l <"$CHAT_IDS_FILE") chats"
DATASET_LISTS=""
if lists_wanted; then
    seed_lists
fi

step "baseline server"
start_server baseline "$BASELINE_PORT" java "$BASELINE_JAR" "${JAVA_FLAGS[@]}"
BASELINE_PID=$SERVER_PID
wait_for_health "$BASELINE_PORT"
check_answers
if lists_wanted; then
    step "list scenarios: deep cursors (following Link from the first page) and the answers of both servers"
    if scenario_wanted deep || scenario_wanted depth; then
        [ "$BASELINE_ONLY" = 1 ] || walk_cursors "$FASTKIT_PORT"
        walk_cursors "$BASELINE_PORT"
    fi
    check_lists
fi

# A quick run leaves the list scenarios out of the global warm-up (each compare warms up itself) to keep CI short.
step "global warm-up: every scenario on every server (the JIT needs tens of seconds on 2 cores)"
for scenario in $WRK_SCENARIOS; do
    [ "$QUICK" = 1 ] && is_list_scenario "$scenario" && continue
    [ "$BASELINE_ONLY" = 1 ] || wrk_run "$scenario" "$FASTKIT_PORT" "$CONNECTIONS" "$WARMUP" >/dev/null
    wrk_run "$scenario" "$BASELINE_PORT" "$CONNECTIONS" "$WARMUP" >/dev/null
done

step "scenarios at $CONNECTIONS connections (warm-up ${WARMUP}s, $ROUNDS x A/B of ${DURATION}s; list scenarios $LIST_ROUNDS x)"
settled=0
for scenario in $WRK_SCENARIOS; do
    if is_list_scenario "$scenario"; then
        [ "$settled" = 1 ] || { settle_lists; settled=1; }
        compare "$scenario" "$CONNECTIONS" "$LIST_ROUNDS"
    else
        compare "$scenario" "$CONNECTIONS"
    fi
done
if scenario_wanted depth; then
    step "page latency against depth, cursor and skip ($LIST_DEPTH_REQUESTS requests per point, one connection)"
    measure_depths
    draw_chart
fi
if lists_wanted; then
    step "query plans of the list scenarios (EXPLAIN ANALYZE, BUFFERS)"
    explain_lists
fi
if scenario_wanted get; then
    step "concurrency sweep, scenario get"
    for connections in $SWEEP; do
        [ "$connections" = "$CONNECTIONS" ] || compare get "$connections"
    done
fi

if [ "$BASELINE_ONLY" != 1 ]; then
    # Peak resident memory of both servers over the same load (every scenario above), under the same JVM flags
    # (BENCH_JAVA_OPTS); the logins below are FastKit's alone (Argon2id takes memory by design), reported apart.
    PEAK_RSS_FASTKIT=$(rss_mb "$FASTKIT_PID" VmHWM) PEAK_RSS_BASELINE=$(rss_mb "$BASELINE_PID" VmHWM)
    if [ "$AUTH_ROUTES" = 1 ] && [ "$SKIP_LOGINS" != 1 ]; then
        step "signup and login throughput, CRUD during a login burst"
        measure_logins
        PEAK_RSS_FASTKIT_LOGINS=$(rss_mb "$FASTKIT_PID" VmHWM)
    fi
    stop_server "$BASELINE_PID"
    stop_server "$FASTKIT_PID"
    if [ "$SKIP_STARTUP" != 1 ]; then
        step "start-up time and resident memory of the example server"
        measure_startup
    fi
fi

step "report"
declare -p "${REPORT_CONTEXT[@]}" BENCH_FASTKIT_JAR BENCH_JAVA_OPTS BASELINE_READ_TRANSACTIONS 2>/dev/null \
    | sed 's/^declare -[^ ]* /declare -g /' >"$RESULTS_DIR/context.sh" || true
write_report >"$RESULTS_FILE"
echo "wrote $RESULTS_FILE (raw runs in $RESULTS_DIR)"
