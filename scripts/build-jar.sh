#!/usr/bin/env bash
# Builds the example's runnable jar as it ships: start-up optimised with Micronaut AOT (example-chat-app/aot.properties).
# Writes example-chat-app/target/example-chat-app-<version>.jar, and leaves nothing else in example-chat-app/target.
#
# Micronaut AOT analyses the application in a nested Maven build, which resolves FastKit's modules from the local
# repository, so they are installed first (without tests). It also writes its generated classes (static service
# lists, property sources) into target/classes, where they would stand in for the tests' own: the module is cleaned
# afterwards, keeping only the jar.
#
#   bash scripts/build-jar.sh          # extra Maven arguments are passed on, e.g. -o
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q "$@" install -DskipTests -Dmaven.javadoc.skip=true -pl example-chat-app -am
./mvnw -B -q "$@" clean package -DskipTests -Dmaven.javadoc.skip=true -pl example-chat-app -Dmicronaut.aot.enabled=true
jar=$(ls example-chat-app/target/example-chat-app-*.jar | grep -v -e original -e sources -e javadoc | head -1)
kept=$(mktemp -d)
mv "$jar" "$kept/"
./mvnw -B -q "$@" clean -pl example-chat-app
mkdir -p example-chat-app/target
mv "$kept/$(basename "$jar")" example-chat-app/target/
rmdir "$kept"
echo "build-jar: $jar (Micronaut AOT)"
