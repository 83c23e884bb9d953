#!/usr/bin/env bash
# Checks the archetype end to end: installs the framework from this checkout, generates a new service from the
# installed fastkit-archetype into a fresh temporary directory, and runs that service's own test command in it.
# Prints the generated file count and the elapsed time; exits non-zero on any error.
#
#   bash scripts/archetype-check.sh             # may download what the local Maven repository lacks
#   bash scripts/archetype-check.sh --offline   # every Maven run with -o
#   KEEP=1 bash scripts/archetype-check.sh      # keep the generated project (its path is printed)
set -euo pipefail

cd "$(dirname "$0")/.."
REPO="$(pwd)"
OFFLINE=()
if [[ "${1:-}" == "--offline" ]]; then
    OFFLINE=(-o)
fi
VERSION="$(sed -n 's|^    <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)"
WORK="$(mktemp -d)"
cleanup() {
    if [[ -z "${KEEP:-}" ]]; then
        rm -rf "${WORK}"
    fi
}
trap cleanup EXIT

echo "== archetype-check: installing FastKit ${VERSION} from the checkout"
./mvnw -B -q "${OFFLINE[@]}" install -DskipTests

echo "== archetype-check: generating a project into ${WORK}"
START="$(date +%s)"
(cd "${WORK}" && "${REPO}/mvnw" -B -q "${OFFLINE[@]}" org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate \
    -DinteractiveMode=false -DarchetypeGroupId=dev.fastkit -DarchetypeArtifactId=fastkit-archetype \
    -DarchetypeVersion="${VERSION}" -DgroupId=com.example.check -DartifactId=check-service \
    -Dpackage=com.example.check)
PROJECT="${WORK}/check-service"
FILES="$(find "${PROJECT}" -type f | wc -l)"
echo "== archetype-check: generated ${FILES} files"
[[ -x "${PROJECT}/mvnw" ]] || { echo "archetype-check: ${PROJECT}/mvnw is not executable" >&2; exit 1; }
if grep -rn 'dev\.fastkit\.[a-z]*\.internal' "${PROJECT}/src"; then
    echo "archetype-check: the generated project imports an internal package" >&2
    exit 1
fi

echo "== archetype-check: ./mvnw -B verify in the generated project"
(cd "${PROJECT}" && ./mvnw -B "${OFFLINE[@]}" verify)

echo "== archetype-check: OK, ${FILES} files, $(( $(date +%s) - START )) s from archetype:generate to green tests"
