#!/usr/bin/env bash
# Smoke test of the example chat server: checks that the built jar refuses to start without a database URL, then
# starts it on a throwaway database, runs the README's curl walkthrough and checks every answer. Exits non-zero on the
# first failure.
#
# Database: DATASOURCES_DEFAULT_URL (+ _USERNAME, _PASSWORD) when set, used as given; otherwise a fresh database
# fastkit_smoke_<pid> on the PostgreSQL service at 127.0.0.1:5432 (user postgres, trust; SMOKE_PGHOST/SMOKE_PGPORT/
# SMOKE_PGUSER change that), created with psql and dropped on exit.
#
#   bash scripts/smoke.sh            # builds the jar first only if it is missing
#   SMOKE_PORT=9090 bash scripts/smoke.sh
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-18080}"
BASE="http://localhost:${PORT}"
JAR="example-chat-app/target/example-chat-app-0.2.0.jar"
WORK="$(mktemp -d)"
SERVER_PID=""
PGHOST_="${SMOKE_PGHOST:-127.0.0.1}"
PGPORT_="${SMOKE_PGPORT:-5432}"
PGUSER_="${SMOKE_PGUSER:-postgres}"
SMOKE_DB=""

cleanup() {
    if [[ -n "${SERVER_PID}" ]] && kill -0 "${SERVER_PID}" 2>/dev/null; then
        kill "${SERVER_PID}"
        wait "${SERVER_PID}" 2>/dev/null || true
    fi
    if [[ -n "${SMOKE_DB}" ]]; then
        psql -h "${PGHOST_}" -p "${PGPORT_}" -U "${PGUSER_}" -d postgres -q -c "DROP DATABASE IF EXISTS ${SMOKE_DB}" \
            || echo "smoke: could not drop the database ${SMOKE_DB}" >&2
    fi
    rm -rf "${WORK}"
}
trap cleanup EXIT

fail() {
    echo "SMOKE FAILED: $*" >&2
    if [[ -f "${WORK}/body" ]]; then
        echo "--- last answer body:" >&2
        cat "${WORK}/body" >&2
        echo >&2
    fi
    if [[ -f "${WORK}/server.log" ]]; then
        echo "--- server log (tail):" >&2
        tail -n 30 "${WORK}/server.log" >&2
    fi
    exit 1
}

# call NAME EXPECTED_STATUS curl-arguments...: runs curl, keeps the body in $WORK/body and headers in $WORK/headers
call() {
    local name="$1" expected="$2"
    shift 2
    local status
    status="$(curl -sS -o "${WORK}/body" -D "${WORK}/headers" -w '%{http_code}' -b "${WORK}/cookies" \
        -c "${WORK}/cookies" "$@")" || fail "${name}: curl could not reach ${BASE}"
    [[ "${status}" == "${expected}" ]] || fail "${name}: expected HTTP ${expected}, got ${status}"
    echo "ok   ${name} -> ${status}"
}

body_has() {
    grep -q -- "$1" "${WORK}/body" || fail "$2: body does not contain $1"
}

header_has() {
    grep -qi -- "$1" "${WORK}/headers" || fail "$2: headers do not contain $1"
}

json_field() {
    sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "${WORK}/body" | head -n 1
}

if [[ ! -f "${JAR}" ]]; then
    echo "Building ${JAR} ..."
    bash scripts/build-jar.sh
fi

# The jar holds no development database: without a URL it must refuse to start and say what to set.
echo "Checking that the jar refuses to start without a database URL ..."
if env -u DATASOURCES_DEFAULT_URL MICRONAUT_SERVER_PORT="${PORT}" java -jar "${JAR}" > "${WORK}/no-url.log" 2>&1; then
    fail "the server started (or exited 0) without a database URL"
fi
grep -q 'Set DATASOURCES_DEFAULT_URL' "${WORK}/no-url.log" \
    || { tail -n 30 "${WORK}/no-url.log" >&2; fail "without a URL the server did not say to set DATASOURCES_DEFAULT_URL"; }
echo "ok   no database URL -> refuses to start"

if [[ -n "${DATASOURCES_DEFAULT_URL:-}" ]]; then
    echo "Using DATASOURCES_DEFAULT_URL=${DATASOURCES_DEFAULT_URL} as given"
else
    command -v psql > /dev/null || fail "psql not found: install the PostgreSQL client or set DATASOURCES_DEFAULT_URL"
    SMOKE_DB="fastkit_smoke_$$"
    psql -h "${PGHOST_}" -p "${PGPORT_}" -U "${PGUSER_}" -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE ${SMOKE_DB}" \
        || { SMOKE_DB=""; fail "could not create a database on ${PGHOST_}:${PGPORT_} as ${PGUSER_}"; }
    export DATASOURCES_DEFAULT_URL="jdbc:postgresql://${PGHOST_}:${PGPORT_}/${SMOKE_DB}"
    export DATASOURCES_DEFAULT_USERNAME="${PGUSER_}"
    export DATASOURCES_DEFAULT_PASSWORD="${DATASOURCES_DEFAULT_PASSWORD:-}"
    echo "Created the throwaway database ${SMOKE_DB} on ${PGHOST_}:${PGPORT_}"
fi

echo "Starting the server on port ${PORT} ..."
MICRONAUT_SERVER_PORT="${PORT}" java -jar "${JAR}" > "${WORK}/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    if curl -sf "${BASE}/health" > /dev/null 2>&1; then
        break
    fi
    kill -0 "${SERVER_PID}" 2>/dev/null || fail "the server exited during startup"
    sleep 1
done
touch "${WORK}/cookies"

call "health" 200 "${BASE}/health"
body_has '"status":"UP"' "health"

USERNAME="smoke$(date +%s)"
call "sign up" 201 -X POST "${BASE}/auth/signup" -H 'Content-Type: application/json' \
    -d "{\"username\": \"${USERNAME}\", \"password\": \"Chat-room-42\", \"full_name\": \"Smoke Test\"}"
body_has '"token_type":"bearer"' "sign up"
header_has 'set-cookie: refresh_token=' "sign up"
TOKEN="$(json_field access_token)"
[[ -n "${TOKEN}" ]] || fail "sign up: no access_token"

call "who am I" 200 "${BASE}/auth/protected" -H "Authorization: Bearer ${TOKEN}"
body_has "\"username\":\"${USERNAME}\"" "who am I"

call "create chat" 201 -X POST "${BASE}/chats" -H "Authorization: Bearer ${TOKEN}" -H 'Idempotency-Key: smoke-1' \
    -H 'Content-Type: application/json' -d '{"title": "Weekend plans", "description": "hiking?"}'
header_has 'location: /chats/' "create chat"
CHAT_ID="$(json_field id)"
[[ -n "${CHAT_ID}" ]] || fail "create chat: no id"
cp "${WORK}/body" "${WORK}/first-create"
call "repeat the create with the same Idempotency-Key" 201 -X POST "${BASE}/chats" -H "Authorization: Bearer ${TOKEN}" \
    -H 'Idempotency-Key: smoke-1' -H 'Content-Type: application/json' \
    -d '{"title": "Weekend plans", "description": "hiking?"}'
header_has "location: /chats/${CHAT_ID}" "repeated create"
cmp -s "${WORK}/body" "${WORK}/first-create" || fail "repeated create: the body differs from the first answer"

for text in "Saturday at nine?" "Bring water" "See you there"; do
    call "post message '${text}'" 201 -X POST "${BASE}/chats/${CHAT_ID}/messages" \
        -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' -d "{\"content\": \"${text}\"}"
done

call "list messages" 200 "${BASE}/chats/${CHAT_ID}/messages" -H "Authorization: Bearer ${TOKEN}"
header_has 'x-total-count: 3' "list messages"

call "read chat with its latest messages" 200 "${BASE}/chats/${CHAT_ID}?include=messages&messages_limit=2" \
    -H "Authorization: Bearer ${TOKEN}"
body_has '"title":"Weekend plans"' "read chat"
body_has '"messages":\[' "read chat"
grep -q 'Bring water.*See you there' "${WORK}/body" || fail "read chat: latest two messages not oldest first"
if grep -q 'Saturday at nine' "${WORK}/body"; then fail "read chat: messages_limit=2 not applied"; fi

call "rename chat (merge patch)" 200 -X PATCH "${BASE}/chats/${CHAT_ID}" -H "Authorization: Bearer ${TOKEN}" \
    -H 'Content-Type: application/merge-patch+json' -d '{"title": "Sunday plans"}'
body_has '"description":"hiking?"' "rename chat"

call "bad input is a 422 problem" 422 -X POST "${BASE}/chats" -H "Authorization: Bearer ${TOKEN}" \
    -H 'Content-Type: application/json' -d '{"title": "", "id": "x"}'
header_has 'content-type: application/problem+json' "bad input"

call "no token is a 401" 401 "${BASE}/chats"
header_has 'www-authenticate: Bearer' "no token"

call "refresh with the cookie" 200 -X POST "${BASE}/auth/refresh"
NEW_TOKEN="$(json_field access_token)"
[[ -n "${NEW_TOKEN}" ]] || fail "refresh: no access_token"
call "new access token works" 200 "${BASE}/chats" -H "Authorization: Bearer ${NEW_TOKEN}"
header_has 'x-total-count: 1' "new access token works"

REFRESH_COOKIE="$(awk '$6 == "refresh_token" { print $7 }' "${WORK}/cookies" | tail -n 1)"
[[ -n "${REFRESH_COOKIE}" ]] || fail "refresh: no refresh_token cookie in the cookie jar"
call "log out" 204 -X POST "${BASE}/auth/logout"
header_has 'max-age=0' "log out"
# the browser dropped the cookie; a thief who kept a copy must be refused too
call "refresh with the logged-out cookie is a 401" 401 -X POST "${BASE}/auth/refresh" \
    -H "Cookie: refresh_token=${REFRESH_COOKIE}"

call "openapi document" 200 "${BASE}/openapi.json"
body_has '"/chats/{chat_id}/messages"' "openapi document"
call "swagger ui" 200 "${BASE}/docs" -H 'Accept: text/html'
body_has 'swagger-ui-bundle.js' "swagger ui"

call "delete chat" 204 -X DELETE "${BASE}/chats/${CHAT_ID}" -H "Authorization: Bearer ${NEW_TOKEN}"
call "deleted chat is a 404" 404 "${BASE}/chats/${CHAT_ID}/messages" -H "Authorization: Bearer ${NEW_TOKEN}"

echo "SMOKE PASSED"
