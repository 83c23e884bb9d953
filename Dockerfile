# The FastKit example chat server. Build: docker build -t fastkit-example-chat .
# Run it with a PostgreSQL (see docker-compose.yml): the jar holds no development database and refuses to start
# without DATASOURCES_DEFAULT_URL (+ _USERNAME, _PASSWORD).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The jar as it ships: start-up optimised with Micronaut AOT (example-chat-app/aot.properties).
RUN bash scripts/build-jar.sh

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 fastkit
USER fastkit
WORKDIR /app
COPY --from=build /src/example-chat-app/target/example-chat-app-0.2.0.jar app.jar
ENV MICRONAUT_ENVIRONMENTS=prod
EXPOSE 8080
# SIGTERM drains in-flight requests (graceful shutdown, up to 15 s) before the JVM exits.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
