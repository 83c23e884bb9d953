# Sourced by the on-demand scripts (fault-restart.sh, heap-check.sh): starts the example's jar on a database of the
# machine's PostgreSQL and signs a user up. The caller defines fail(), WORK, PORT, BASE, DB, SECRET and JAR.

# start_jar_server <JVM options...>: starts the jar in the background (SERVER_PID) and waits up to 120 s for /health
start_jar_server() {
    echo "Starting ${JAR} $* on port ${PORT}, database ${DB} ..."
    DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/${DB}" DATASOURCES_DEFAULT_USERNAME=postgres \
        DATASOURCES_DEFAULT_PASSWORD= MICRONAUT_SERVER_PORT="${PORT}" FASTKIT_SECURITY_JWT_SECRET="${SECRET}" \
        FASTKIT_SECURITY_REFRESH_COOKIE_SECURE=false java "$@" -jar "${JAR}" > "${WORK}/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "${BASE}/health" && break
        kill -0 "${SERVER_PID}" 2>/dev/null || fail "the server exited during startup"
        sleep 1
    done
    curl -sf -o /dev/null "${BASE}/health" || fail "the server did not become healthy in 120 s"
}

# sign_up <username>: signs a user up; the answer (with its access_token) is in ${WORK}/signup.json
sign_up() {
    local status
    status=$(curl -sS -o "${WORK}/signup.json" -w '%{http_code}' -X POST "${BASE}/auth/signup" \
        -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Chat-room-42\"}")
    [[ "${status}" == 201 ]] || fail "sign up answered ${status}: $(cat "${WORK}/signup.json")"
}
