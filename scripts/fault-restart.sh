#!/usr/bin/env bash
# Fault check (on demand, not run by CI: it restarts the machine's PostgreSQL): starts the example jar on a fresh
# database of the local PostgreSQL 15 cluster, runs a load of POST /chats (each with a unique title) and, part-way
# through, stops PostgreSQL, waits, and starts it again. Then it checks that
#   - every create acknowledged with 201 is in the database,
#   - every other answer was a 503 application/problem+json (any other status, or no answer, fails),
#   - the first 201 came at most FAULT_MAX_RECOVERY seconds after PostgreSQL accepted connections again,
#   - GET /health answers 200 at the end,
# and prints the counts (including the 503s that were in fact committed, which is allowed).
# Exits non-zero when a check fails; then the server log is kept and its path printed.
#
# Run as root (pg_ctlcluster) on a machine whose PostgreSQL 15 "main" cluster listens on 127.0.0.1:5432 with trust
# auth for user postgres, after building the jar (./mvnw -B -q -pl example-chat-app -am package -DskipTests):
#   bash scripts/fault-restart.sh
#   FAULT_CLIENTS=8 FAULT_SECONDS=25 FAULT_RESTART_AFTER=8 FAULT_OUTAGE=4 FAULT_PORT=18091 bash scripts/fault-restart.sh
set -euo pipefail
source "$(dirname "$0")/lib/jar-server.sh"

cd "$(dirname "$0")/.."
PORT="${FAULT_PORT:-18091}"
CLIENTS="${FAULT_CLIENTS:-8}"
SECONDS_OF_LOAD="${FAULT_SECONDS:-25}"
RESTART_AFTER="${FAULT_RESTART_AFTER:-8}"
OUTAGE="${FAULT_OUTAGE:-4}"
MAX_RECOVERY="${FAULT_MAX_RECOVERY:-5}"
PG_VERSION="${FAULT_PG_VERSION:-15}"
PG_CLUSTER="${FAULT_PG_CLUSTER:-main}"
PG_LOG="/var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log"
BASE="http://127.0.0.1:${PORT}"
JAR="$(ls -t example-chat-app/target/example-chat-app-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
DB="fault_restart_$$"
SECRET="$(openssl rand -hex 24)"   # 48 bytes
WORK="$(mktemp -d)"
SERVER_PID=""
LOAD_PID=""
DB_CREATED=""
KEEP_LOG=""
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)

cleanup() {
    local rc=$?
    if [[ -n "${LOAD_PID}" ]] && kill -0 "${LOAD_PID}" 2>/dev/null; then
        kill "${LOAD_PID}" 2>/dev/null || true
        wait "${LOAD_PID}" 2>/dev/null || true
    fi
    if [[ -n "${SERVER_PID}" ]] && kill -0 "${SERVER_PID}" 2>/dev/null; then
        kill "${SERVER_PID}" 2>/dev/null || true
        wait "${SERVER_PID}" 2>/dev/null || true
    fi
    # never leave the machine's database stopped
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" start || true
        for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
    fi
    if [[ -n "${DB_CREATED}" ]]; then
        dropdb -h 127.0.0.1 -U postgres --if-exists "${DB}" || echo "could not drop database ${DB}" >&2
    fi
    if [[ -n "${KEEP_LOG}" && -f "${WORK}/server.log" ]]; then
        cp "${WORK}/server.log" "${KEEP_LOG}"
        cp "${WORK}/records.tsv" "${KEEP_LOG%.log}.records.tsv" 2>/dev/null || true
        echo "server log kept in ${KEEP_LOG}" >&2
    fi
    rm -rf "${WORK}"
    exit "${rc}"
}
trap cleanup EXIT

fail() {
    echo "FAULT CHECK FAILED: $*" >&2
    KEEP_LOG="/tmp/fault-restart-$(date +%Y%m%d-%H%M%S).log"
    if [[ -f "${WORK}/server.log" ]]; then
        echo "--- server log, warnings and errors (last 40):" >&2
        grep -E ' (WARN|ERROR) ' "${WORK}/server.log" | tail -n 40 >&2 || true
    fi
    exit 1
}

now() { date +%s.%N; }

[[ "$(id -u)" == 0 ]] || { echo "run as root: the script restarts PostgreSQL with pg_ctlcluster" >&2; exit 2; }
[[ -n "${JAR}" ]] || { echo "no jar: build it first (./mvnw -B -q -pl example-chat-app -am package -DskipTests)" >&2; exit 2; }
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 2; }
if curl -s -o /dev/null "${BASE}/health"; then echo "port ${PORT} is taken; set FAULT_PORT" >&2; exit 2; fi

createdb -h 127.0.0.1 -U postgres "${DB}"
DB_CREATED=1
PG_LOG_START=$(stat -c %s "${PG_LOG}" 2>/dev/null || echo 0)

# shellcheck disable=SC2086 # the JVM options are split on purpose
start_jar_server ${FAULT_JAVA_OPTS:-}
sign_up "fault$$"
TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "${WORK}/signup.json")

RUN_ID="fault-$(date +%s)"
echo "Load: ${CLIENTS} clients of POST /chats for ${SECONDS_OF_LOAD} s; PostgreSQL stops after ${RESTART_AFTER} s for ${OUTAGE} s"
python3 scripts/fault_restart_load.py load "${BASE}" "${TOKEN}" "${CLIENTS}" "${SECONDS_OF_LOAD}" "${RUN_ID}" \
    "${WORK}/records.tsv" > "${WORK}/load.out" &
LOAD_PID=$!
sleep "${RESTART_AFTER}"
STOP_AT=$(now)
pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" stop
STOPPED_AT=$(now)
sleep "${OUTAGE}"
START_AT=$(now)
pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" start
until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 0.05; done
READY_AT=$(now)
printf 'PostgreSQL: stop issued %.3f, stopped %.3f, start issued %.3f, accepting connections %.3f\n' \
    "${STOP_AT}" "${STOPPED_AT}" "${START_AT}" "${READY_AT}"
wait "${LOAD_PID}" || fail "the load program failed"
LOAD_PID=""

"${PSQL[@]}" -d "${DB}" -At -c "SELECT title FROM chats WHERE title LIKE '${RUN_ID}-%'" > "${WORK}/titles.txt"
echo "rows in the database: $(wc -l < "${WORK}/titles.txt")"
CHECK_OK=1
python3 scripts/fault_restart_load.py check "${WORK}/records.tsv" "${WORK}/titles.txt" "${STOP_AT}" "${READY_AT}" \
    "${MAX_RECOVERY}" || CHECK_OK=""

health=$(curl -s -o "${WORK}/health.json" -w '%{http_code}' "${BASE}/health" || true)
echo "GET /health at the end: ${health} $(cat "${WORK}/health.json" 2>/dev/null)"

echo "--- PostgreSQL log during the run:"
tail -c +"$((PG_LOG_START + 1))" "${PG_LOG}" 2>/dev/null | grep -v -e '^\s*$' | head -n 30 || true
echo "--- server log, warnings and errors (first 10 distinct messages):"
grep -E ' (WARN|ERROR) ' "${WORK}/server.log" | sed -E 's/^[0-9:.]+ +//; s/\[[^]]*\] //' | sort | uniq -c | sort -rn | head -n 10 || true

[[ "${health}" == 200 ]] || fail "GET /health answered ${health} at the end"
[[ -n "${CHECK_OK}" ]] || fail "see the findings above"
echo "FAULT CHECK PASSED"
