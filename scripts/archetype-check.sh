#!/usr/bin/env bash
# Checks the archetype end to end: installs the framework from this checkout, generates a new service from the
# installed fastkit-archetype into a fresh temporary directory and runs that service's own test command in it, then
# the same with -DparentStyle=micronaut-parent. Adds a second owned resource by hand (archetype-check/
# add-tag-resource.sh), starts the service with its README's run command (./mvnw mn:run) and checks /health, a
# signup, a tag created, /openapi.json (every resource with its bodies; Redocly lint) and /docs rendered in headless
# Chromium (required when FASTKIT_REQUIRE_BROWSER=1). Prints the generated file count and the elapsed time; exits
# non-zero on any error.
#
#   bash scripts/archetype-check.sh             # may download what the local Maven repository lacks
#   bash scripts/archetype-check.sh --offline   # every Maven run with -o
#   KEEP=1 bash scripts/archetype-check.sh      # keep the generated project (its path is printed)
#   ARCHETYPE_CHECK_PORT=18090                  # the port the generated server is started on
set -euo pipefail

cd "$(dirname "$0")/.."
REPO="$(pwd)"
OFFLINE=()
if [[ "${1:-}" == "--offline" ]]; then
    OFFLINE=(-o)
fi
VERSION="$(sed -n 's|.*<fastkit.version>\(.*\)</fastkit.version>.*|\1|p' fastkit-bom/pom.xml | head -n 1)"
PORT="${ARCHETYPE_CHECK_PORT:-18090}"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [[ -n "${SERVER_PID}" ]] && kill -0 "${SERVER_PID}" 2>/dev/null; then
        kill -- "-${SERVER_PID}" 2>/dev/null || true
        wait "${SERVER_PID}" 2>/dev/null || true
    fi
    if [[ -z "${KEEP:-}" ]]; then
        rm -rf "${WORK}"
    fi
}
trap cleanup EXIT

echo "== archetype-check: installing FastKit ${VERSION} from the checkout"
./mvnw -B -q "${OFFLINE[@]}" install -DskipTests

# generate <parent style>: a project from the installed archetype into $WORK/<style>; prints its directory
generate() {
    local style="$1"
    mkdir -p "${WORK}/${style}"
    (cd "${WORK}/${style}" && "${REPO}/mvnw" -B -q "${OFFLINE[@]}" \
        org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate -DinteractiveMode=false \
        -DarchetypeGroupId=dev.fastkit -DarchetypeArtifactId=fastkit-archetype -DarchetypeVersion="${VERSION}" \
        -DgroupId=com.example.check -DartifactId=check-service -Dpackage=com.example.check \
        -DparentStyle="${style}" >&2)
    local project="${WORK}/${style}/check-service"
    [[ -x "${project}/mvnw" ]] || { echo "archetype-check: ${project}/mvnw is not executable" >&2; exit 1; }
    if grep -rn 'dev\.fastkit\.[a-z]*\.internal' "${project}/src" >&2; then
        echo "archetype-check: the generated project imports an internal package" >&2
        exit 1
    fi
    echo "${project}"
}

echo "== archetype-check: generating a project (parent fastkit-parent) into ${WORK}"
START="$(date +%s)"
PROJECT="$(generate fastkit-parent)"
FILES="$(find "${PROJECT}" -type f | wc -l)"
echo "== archetype-check: generated ${FILES} files"

echo "== archetype-check: ./mvnw -B verify in the generated project"
(cd "${PROJECT}" && ./mvnw -B "${OFFLINE[@]}" verify)
GREEN="$(( $(date +%s) - START ))"

echo "== archetype-check: the same project with Micronaut's micronaut-parent and fastkit-bom imported"
MN_PROJECT="$(generate micronaut-parent)"
grep -q '<artifactId>micronaut-parent</artifactId>' "${MN_PROJECT}/pom.xml"
(cd "${MN_PROJECT}" && ./mvnw -B -q "${OFFLINE[@]}" verify)

echo "== archetype-check: its production jar, start-up optimised with Micronaut AOT (its README's command)"
(cd "${MN_PROJECT}" && ./mvnw -B -q "${OFFLINE[@]}" clean package -DskipTests -Dmicronaut.aot.enabled=true)
AOT_ENTRIES="$(unzip -Z1 "${MN_PROJECT}/target/check-service-0.1.0.jar")"
grep -q '^com/example/check/aot/AOTApplicationContextConfigurer.class$' <<< "${AOT_ENTRIES}" \
    || { echo "archetype-check: the jar built with -Dmicronaut.aot.enabled=true holds no Micronaut AOT classes" >&2; exit 1; }

echo "== archetype-check: a second owned resource added by hand (entity, schemas, repository, controller, migration)"
bash scripts/archetype-check/add-tag-resource.sh "${PROJECT}" com/example/check

echo "== archetype-check: ./mvnw mn:run in the generated project, on port ${PORT}"
# its own session, so that the Maven process and the server JVM it forks stop together
(cd "${PROJECT}" && MICRONAUT_SERVER_PORT="${PORT}" exec setsid ./mvnw -B "${OFFLINE[@]}" -Dmn.watch=false mn:run \
    > "${WORK}/run.log" 2>&1) &
SERVER_PID=$!
BASE="http://localhost:${PORT}"
for _ in $(seq 1 240); do
    if curl -s -o /dev/null "${BASE}/health" || ! kill -0 "${SERVER_PID}" 2>/dev/null; then
        break
    fi
    sleep 1
done
check() {
    local name="$1" expected="$2" status
    shift 2
    status="$(curl -s -o "${WORK}/body" -w '%{http_code}' "$@" || true)"
    if [[ "${status}" != "${expected}" ]]; then
        echo "archetype-check: ${name} answered ${status}, expected ${expected}: $(cat "${WORK}/body" 2>/dev/null)" >&2
        tail -n 40 "${WORK}/run.log" >&2
        exit 1
    fi
    echo "ok   ${name} -> ${status}"
}
check "GET /health" 200 "${BASE}/health"
check "POST /auth/signup" 201 -X POST "${BASE}/auth/signup" -H 'Content-Type: application/json' \
    -d '{"username": "archetypecheck", "password": "Bookmark-42!"}'
TOKEN="$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' "${WORK}/body")"
check "POST /tags (the resource added by hand)" 201 -X POST "${BASE}/tags" -H "Authorization: Bearer ${TOKEN}" \
    -H 'Content-Type: application/json' -d '{"label": "reading", "colour": "#00aa88"}'
check "GET /openapi.json" 200 "${BASE}/openapi.json"
cp "${WORK}/body" "${WORK}/openapi.json"
for expected in '"/folders/{folder_id}/bookmarks"' '"/tags/{tag_id}"' '#/components/schemas/TagCreate' \
        '#/components/schemas/TagUpdatePartial' '#/components/schemas/BookmarkCreate'; do
    grep -qF "${expected}" "${WORK}/openapi.json" || { echo "archetype-check: /openapi.json lacks ${expected}" >&2; exit 1; }
done
echo "ok   /openapi.json documents folders, bookmarks and the hand-made tags with their bodies"
bash scripts/lint-openapi.sh "${WORK}/openapi.json"
if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="${WORK}/chromium" --virtual-time-budget=15000 \
        --dump-dom "${BASE}/docs" 2>/dev/null >"${WORK}/docs.html"
    for operation in operations-folders- operations-bookmarks- operations-tags-; do
        grep -q "${operation}" "${WORK}/docs.html" || { echo "archetype-check: /docs rendered no ${operation}*" >&2; exit 1; }
    done
    echo "ok   /docs renders the folder, bookmark and tag operations in headless Chromium"
elif [[ "${FASTKIT_REQUIRE_BROWSER:-}" == 1 ]]; then
    echo "archetype-check: chromium is missing and FASTKIT_REQUIRE_BROWSER=1" >&2
    exit 1
else
    echo "skip /docs in a browser: no chromium"
fi

echo "== archetype-check: OK, ${FILES} files, ${GREEN} s from archetype:generate to green tests"
