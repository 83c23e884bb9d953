#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly's recommended rules; fails on errors (warnings are printed, not fatal).
# Default document: the one example-chat-app's ApiDocumentTest writes (./mvnw -pl example-chat-app -am verify).
# Usage: scripts/lint-openapi.sh [document.json]   (needs Node.js; npx fetches @redocly/cli from the npm registry)
set -euo pipefail
cd "$(dirname "$0")/.."

DOCUMENT="${1:-example-chat-app/target/openapi.json}"
if [ ! -f "$DOCUMENT" ]; then
    echo "lint-openapi: $DOCUMENT is missing; run ./mvnw -B -pl example-chat-app -am verify first" >&2
    exit 2
fi
echo "== lint-openapi: $DOCUMENT"
npx --yes @redocly/cli@2.77.0 lint --extends=recommended "$DOCUMENT"
