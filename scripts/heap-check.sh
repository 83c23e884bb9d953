#!/usr/bin/env bash
# Heap check (on demand, not run by CI: it takes a few minutes): starts the example jar on a fresh database of the
# local PostgreSQL, signs up one user, warms up with HEAP_WARMUP requests (default 10,000, as many as the server
# remembers verified tokens: fastkit.security.jwt.verified-token-cache-size), forces a full GC and reads the heap in
# use; then sends HEAP_REQUESTS (default 50,000) GET /chats, each with a distinct freshly minted token of that user
# (own jti) and a unique extra header name and value, forces a full GC again and reads the heap again.
# Prints both readings (KiB, from jstat -gc after jcmd GC.run) and exits non-zero unless the second is within
# HEAP_TOLERANCE percent (default 10) of the first, or if any request did not answer 200.
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and the built jar
# (./mvnw -B -q -pl example-chat-app -am package -DskipTests):
#   bash scripts/heap-check.sh
#   HEAP_REQUESTS=50000 HEAP_WARMUP=10000 HEAP_THREADS=4 HEAP_PORT=18092 HEAP_JAVA_OPTS=-XX:+UseSerialGC bash scripts/heap-check.sh
set -euo pipefail
source "$(dirname "$0")/lib/jar-server.sh"

cd "$(dirname "$0")/.."
PORT="${HEAP_PORT:-18092}"
WARMUP="${HEAP_WARMUP:-10000}"
REQUESTS="${HEAP_REQUESTS:-50000}"
THREADS="${HEAP_THREADS:-4}"
TOLERANCE="${HEAP_TOLERANCE:-10}"
BASE="http://127.0.0.1:${PORT}"
JAR="$(ls -t example-chat-app/target/example-chat-app-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
DB="heap_check_$$"
SECRET="$(openssl rand -hex 24)"   # 48 bytes
WORK="$(mktemp -d)"
SERVER_PID=""
DB_CREATED=""

cleanup() {
    local rc=$?
    if [[ -n "${SERVER_PID}" ]] && kill -0 "${SERVER_PID}" 2>/dev/null; then
        kill "${SERVER_PID}" 2>/dev/null || true
        wait "${SERVER_PID}" 2>/dev/null || true
    fi
    if [[ -n "${DB_CREATED}" ]]; then
        dropdb -h 127.0.0.1 -U postgres --if-exists "${DB}" || echo "could not drop database ${DB}" >&2
    fi
    rm -rf "${WORK}"
    exit "${rc}"
}
trap cleanup EXIT

fail() {
    echo "HEAP CHECK FAILED: $*" >&2
    if [[ -f "${WORK}/server.log" ]]; then
        echo "--- server log (tail):" >&2
        tail -n 30 "${WORK}/server.log" >&2
    fi
    exit 1
}

# heap_used: two full GCs, then the heap in use in KiB (survivors + eden + old generation, from jstat -gc)
heap_used() {
    jcmd "${SERVER_PID}" GC.run > /dev/null
    sleep 1
    jcmd "${SERVER_PID}" GC.run > /dev/null
    sleep 1
    jstat -gc "${SERVER_PID}" | awk '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
        NR == 2 { printf "%.0f\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }'
}

[[ -n "${JAR}" ]] || { echo "no jar: build it first (./mvnw -B -q -pl example-chat-app -am package -DskipTests)" >&2; exit 2; }
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 2; }
if curl -s -o /dev/null "${BASE}/health"; then echo "port ${PORT} is taken; set HEAP_PORT" >&2; exit 2; fi

createdb -h 127.0.0.1 -U postgres "${DB}"
DB_CREATED=1

# shellcheck disable=SC2086 # the JVM options are split on purpose
start_jar_server ${HEAP_JAVA_OPTS:-}
sign_up "heap$$"
USER_ID=$(python3 -c '
import base64, json, sys
token = json.load(open(sys.argv[1]))["access_token"]
payload = token.split(".")[1]
print(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"])' "${WORK}/signup.json")
echo "user ${USER_ID}"

echo "Warm-up: ${WARMUP} GET /chats, each with its own token and header ..."
python3 scripts/heap_check_load.py "${BASE}" "${SECRET}" "${USER_ID}" "${WARMUP}" "${THREADS}" warm \
    || fail "warm-up requests did not all answer 200"
FIRST=$(heap_used)
echo "heap in use after warm-up and full GC: ${FIRST} KiB"
jcmd "${SERVER_PID}" GC.heap_info | sed -n '2,3p'

echo "Load: ${REQUESTS} GET /chats, each with its own token and header ..."
python3 scripts/heap_check_load.py "${BASE}" "${SECRET}" "${USER_ID}" "${REQUESTS}" "${THREADS}" load \
    || fail "requests did not all answer 200"
SECOND=$(heap_used)
echo "heap in use after ${REQUESTS} requests and full GC: ${SECOND} KiB"
jcmd "${SERVER_PID}" GC.heap_info | sed -n '2,3p'

CHANGE=$(awk -v a="${FIRST}" -v b="${SECOND}" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
echo "change: ${CHANGE} % (limit ${TOLERANCE} %)"
awk -v a="${FIRST}" -v b="${SECOND}" -v t="${TOLERANCE}" 'BEGIN { d = b - a; if (d < 0) d = -d; exit !(d * 100 <= t * a) }' \
    || fail "the heap in use changed by ${CHANGE} %, more than ${TOLERANCE} %"
echo "HEAP CHECK PASSED"
