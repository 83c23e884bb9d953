#!/usr/bin/env bash
# Checks the example's runnable jar, the artifact that ships: at most 40 MB (40,000,000 bytes), and no development or
# test infrastructure inside (io/zonky, org/testcontainers, org/junit). Exits non-zero, naming what is wrong.
#
#   bash scripts/check-jar.sh                  # example-chat-app/target/example-chat-app-0.2.0.jar
#   bash scripts/check-jar.sh path/to/app.jar
set -euo pipefail

cd "$(dirname "$0")/.."
JAR="${1:-example-chat-app/target/example-chat-app-0.2.0.jar}"
MAX_BYTES=40000000
FORBIDDEN='^(io/zonky|org/testcontainers|org/junit)/'

[[ -f "${JAR}" ]] || { echo "CHECK-JAR FAILED: ${JAR} does not exist (build it first)" >&2; exit 1; }

size="$(wc -c < "${JAR}")"
if command -v unzip >/dev/null; then
    entries="$(unzip -Z1 "${JAR}")"
else
    entries="$(jar tf "${JAR}")"
fi
forbidden="$(grep -E "${FORBIDDEN}" <<< "${entries}" || true)"

status=0
if (( size > MAX_BYTES )); then
    echo "CHECK-JAR FAILED: ${JAR} is ${size} bytes, more than ${MAX_BYTES}" >&2
    status=1
fi
if [[ -n "${forbidden}" ]]; then
    echo "CHECK-JAR FAILED: ${JAR} holds $(wc -l <<< "${forbidden}") entries of development or test libraries, e.g.:" >&2
    head -n 5 <<< "${forbidden}" >&2
    status=1
fi
if (( status == 0 )); then
    echo "check-jar: ${JAR} is ${size} bytes and holds no io/zonky, org/testcontainers or org/junit entries"
fi
exit "${status}"
