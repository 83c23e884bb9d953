# The benchmark database: resolution, seeding and sanity checks. Sourced by run.sh.

# prepare_database -> JDBC_URL, DB_USER, DB_PASSWORD, DB_SOURCE; the database is empty afterwards (or was given).
prepare_database() {
    DB_USER=${DATASOURCES_DEFAULT_USERNAME:-postgres}
    DB_PASSWORD=${DATASOURCES_DEFAULT_PASSWORD:-}
    if [ -n "${DATASOURCES_DEFAULT_URL:-}" ]; then
        JDBC_URL=$DATASOURCES_DEFAULT_URL
        local host
        host=$(echo "$JDBC_URL" | sed -E 's#^jdbc:postgresql://([^/:?]+|\[[^]]+\]).*#\1#')
        case $host in
            127.0.0.1|localhost|\[::1\]) ;;
            *) echo "DATASOURCES_DEFAULT_URL must point at loopback, not $host" >&2; exit 1 ;;
        esac
        DB_SOURCE="DATASOURCES_DEFAULT_URL ($JDBC_URL), as given"
        if [ "$(psql_db -Atc "SELECT count(*) FROM information_schema.tables WHERE table_name = 'chats'")" != 0 ] \
            && [ "$(psql_db -Atc 'SELECT count(*) FROM chats')" != 0 ]; then
            echo "the database behind DATASOURCES_DEFAULT_URL already holds chats; give an empty one" >&2
            exit 1
        fi
    else
        if ! psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'SELECT 1' >/dev/null 2>&1; then
            echo "no PostgreSQL on 127.0.0.1:5432; trying to start the local service"
            (pg_ctlcluster --help >/dev/null 2>&1 && pg_lsclusters -h | awk '{print $1, $2}' | head -1 \
                | xargs -r pg_ctlcluster start) || service postgresql start || true
            sleep 2
        fi
        psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$BENCH_DATABASE\" WITH (FORCE)"
        psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -qc "CREATE DATABASE \"$BENCH_DATABASE\""
        JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DATABASE
        DB_USER=postgres DB_PASSWORD=""
        DB_SOURCE="a fresh database $BENCH_DATABASE on the local PostgreSQL service 127.0.0.1:5432 (user postgres, trust); DATASOURCES_DEFAULT_URL was not set"
    fi
}

# psql_db [psql args...]: psql on the benchmark database.
psql_db() {
    local url=${JDBC_URL#jdbc:}
    PGPASSWORD=$DB_PASSWORD psql -X -v ON_ERROR_STOP=1 "${url%%\?*}" -U "$DB_USER" "$@"
}

# seed_database: background rows plus the benchmark user's chats; writes $CHAT_IDS_FILE.
seed_database() {
    local background_users=$((USERS - 2)) background_chats=$((CHATS - BENCH_CHATS))
    local background_messages=$((MESSAGES - BENCH_CHATS * BENCH_MESSAGES))
    [ "$BASELINE_ONLY" = 1 ] && background_users=$((USERS - 1))
    psql_db -q -v users="$background_users" -v chats="$background_chats" -v messages="$background_messages" \
        -v bench_user="$BENCH_USER_ID" -v bench_chats="$BENCH_CHATS" -v bench_messages="$BENCH_MESSAGES" \
        -f "$BENCH_DIR/sql/seed.sql"
    psql_db -Atc "SELECT id FROM chats WHERE user_id = '$BENCH_USER_ID' ORDER BY created_at DESC" >"$CHAT_IDS_FILE"
    DATASET=$(psql_db -Atc "SELECT format('%s users, %s chats, %s messages; the benchmark user owns %s chats of %s messages each',
        (SELECT count(*) FROM users), (SELECT count(*) FROM chats), (SELECT count(*) FROM messages), $BENCH_CHATS, $BENCH_MESSAGES)")
    echo "$DATASET"
}

# create_user_in_sql: the benchmark user without the auth routes (baseline alone, or an example server without
# them); its token is minted here with the shared secret and the security module's claims.
create_user_in_sql() {
    BENCH_USER_ID=$(cat /proc/sys/kernel/random/uuid)
    psql_db -qc "INSERT INTO users (id, username, password_hash, full_name, created_at, updated_at, version)
        VALUES ('$BENCH_USER_ID', '$BENCH_USERNAME', 'not-a-hash', NULL, now() - interval '1 hour', now() - interval '1 hour', 0)"
    # fastkit-security refuses tokens issued before password_changed_at (when that column exists).
    psql_db -qc "UPDATE users SET password_changed_at = now() - interval '1 hour' WHERE id = '$BENCH_USER_ID'" \
        >/dev/null 2>&1 || true
    TOKEN=$("$BENCH_DIR/lib/mint-jwt.sh" "$BENCH_USER_ID" "$FASTKIT_SECURITY_JWT_SECRET" 21600)
}

# signup <username> -> prints the access token (through the real POST /auth/signup, so the hash is real)
signup() {
    local body status
    body=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$BENCH_PASSWORD\",\"full_name\":\"Bench User\"}" \
        "http://127.0.0.1:$FASTKIT_PORT/auth/signup")
    status=$(echo "$body" | tail -1)
    [ "$status" = 201 ] || { echo "signup of $1 answered $status: $body" >&2; return 1; }
    echo "$body" | head -n -1 | jq -r .access_token
}

# check_answers: one request per scenario on each server, so that a wrong status never becomes a benchmark.
check_answers() {
    local chat port status failed=0
    chat=$(head -1 "$CHAT_IDS_FILE")
    for port in $FASTKIT_PORT $BASELINE_PORT; do
        [ "$BASELINE_ONLY" = 1 ] && [ "$port" = "$FASTKIT_PORT" ] && continue
        for request in "GET /chats/$chat" "GET /chats?limit=20" "GET /chats/$chat?include=messages" \
            "POST /chats/$chat/messages" "PATCH /chats/$chat"; do
            set -- $request
            case $1 in
                GET) status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$2") ;;
                POST) status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
                    -H 'Content-Type: application/json' -d '{"content":"check"}' "http://127.0.0.1:$port$2") ;;
                PATCH) status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $TOKEN" \
                    -H 'Content-Type: application/merge-patch+json' -d '{"title":"Checked"}' "http://127.0.0.1:$port$2") ;;
            esac
            echo "  port $port: $request -> $status"
            case $status in 2*) ;; *) failed=1 ;; esac
        done
    done
    [ "$failed" = 0 ] || { echo "a scenario does not answer 2xx; see $RESULTS_DIR/logs" >&2; exit 1; }
}
