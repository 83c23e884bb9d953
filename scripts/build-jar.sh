#!/usr/bin/env bash
# Builds the example's runnable jar as it ships: start-up optimised with Micronaut AOT (example-chat-app/aot.properties).
# Micronaut AOT analyses the application in a nested Maven build, which resolves FastKit's modules from the local
# repository, so they are installed first (without tests). Writes example-chat-app/target/example-chat-app-<version>.jar.
#
#   bash scripts/build-jar.sh          # extra Maven arguments are passed on, e.g. -o
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q "$@" install -DskipTests -Dmaven.javadoc.skip=true -pl example-chat-app -am
./mvnw -B -q "$@" package -DskipTests -Dmaven.javadoc.skip=true -pl example-chat-app -Dmicronaut.aot.enabled=true
