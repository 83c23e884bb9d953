package dev.fastkit.example.fuzz;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the example's own OpenAPI document ({@code /openapi.json}) with generated requests, valid
 * and broken (jqwik): path ids real, random or malformed; query values in and out of their ranges; bodies that follow
 * their schema, break it in one way, or are no JSON at all, under the documented, a wrong or no content type. Every
 * answer must be below 500, and every error an {@code application/problem+json} with a status the document names
 * for that operation. Requests per run: {@code jqwik.tries.default} ({@code src/test/resources/junit-platform.properties};
 * the long run sets {@code -Djqwik.tries.default=10000}, see the README).
 */
class OpenApiFuzzTest {

    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static EmbeddedServer server;
    private static HttpTestClient http;
    private static List<FuzzOperation> operations;
    private static SchemaValues values;
    private static Fixture fixture;

    @BeforeContainer
    static void startTheServer() {
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("fastkit.security.password.hashing.max-cpu-share", "1.0"), "test");
        http = new HttpTestClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
        JsonNode document = http.get("/openapi.json").send().json();
        operations = FuzzOperation.of(document);
        values = new SchemaValues(document);
        fixture = Fixture.create(http);
    }

    @AfterContainer
    static void stopTheServer() {
        System.out.println("OpenApiFuzzTest: " + STATUSES.values().stream().mapToInt(Integer::intValue).sum()
                + " requests over " + operations.size() + " operations; statuses " + STATUSES);
        server.close();
    }

    @Property
    void shouldAnswerEveryRequestAsTheDocumentSays(@ForAll("requests") FuzzRequest request) {
        HttpTestClient.Call call = http.call(request.operation().method(), request.path())
                .header("Authorization", fixture.bearer());
        if (request.body() != null) {
            call.bytes(request.contentType(), request.body());
        }
        HttpTestClient.Reply reply = call.send();
        STATUSES.merge(reply.status(), 1, Integer::sum);

        assertThat(reply.status()).as("%s answered %s", request, reply).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.header("Content-Type")).as("%s answered %s", request, reply)
                    .startsWith("application/problem+json");
            assertThat(request.operation().statuses()).as("%s answered %s, not a documented status", request, reply)
                    .contains(reply.status());
        }
        fixture = fixture.afterward(http, request, reply.status());
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return Arbitraries.of(operations).flatMap(this::request);
    }

    private Arbitrary<FuzzRequest> request(FuzzOperation operation) {
        Arbitrary<String> path = Combinators.combine(pathValues(operation), query(operation))
                .as((filled, query) -> filled + query);
        if (operation.bodies().isEmpty()) {
            return path.map(p -> new FuzzRequest(operation, p, null, null));
        }
        List<String> mediaTypes = new ArrayList<>(operation.bodies().keySet());
        Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.of(mediaTypes)),
                Tuple.of(1, Arbitraries.of("text/plain", "json", "application/xml")), Tuple.of(1, Arbitraries.just("none")));
        return Combinators.combine(path, contentType, Arbitraries.integers().between(0, 6)).flatAs((p, type, kind) -> {
            JsonNode schema = operation.bodies().getOrDefault(type, operation.bodies().get(mediaTypes.get(0)));
            Arbitrary<Object> value = kind < 3 ? values.valid(schema) : values.invalid(schema);
            boolean form = type.contains("form");
            Arbitrary<byte[]> body = kind == 6 ? garbage() : value.map(v -> (form ? FuzzRequest.form(v) : FuzzRequest.json(v))
                    .getBytes(StandardCharsets.UTF_8));
            return body.map(b -> new FuzzRequest(operation, p, type.equals("none") ? null : type, b));
        });
    }

    private Arbitrary<String> pathValues(FuzzOperation operation) {
        Arbitrary<String> path = Arbitraries.just(operation.path());
        for (String name : operation.pathNames()) {
            Arbitrary<String> value = Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.create(() -> realId(operation.path(), name))),
                    Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                    Tuple.of(1, Arbitraries.of("not-a-uuid", "0", "%20", "..", "a".repeat(300))));
            path = Combinators.combine(path, value).as((p, v) -> p.replace("{" + name + "}", v));
        }
        return path;
    }

    private Arbitrary<String> query(FuzzOperation operation) {
        Arbitrary<String> query = Arbitraries.just("");
        for (Map.Entry<String, JsonNode> parameter : operation.query().entrySet()) {
            Arbitrary<String> value = Arbitraries.oneOf(values.valid(parameter.getValue()), values.invalid(parameter.getValue()))
                    .map(v -> v instanceof Map<?, ?> || v instanceof List<?> ? FuzzRequest.json(v) : String.valueOf(v));
            Arbitrary<String> pair = Arbitraries.oneOf(Arbitraries.just(""), value.map(v -> parameter.getKey() + "="
                    + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            query = Combinators.combine(query, pair).as((q, p) -> p.isEmpty() ? q : (q.isEmpty() ? "?" : q + "&") + p);
        }
        return query;
    }

    private static Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.of("{", "[1,2", "{\"a\":}", "nul", "{}}", "\"\\ud800\"", "{\"a\":1,\"a\":2}")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fixture's id for a path parameter, by the collection segment it follows. */
    private static String realId(String path, String name) {
        int at = path.indexOf("{" + name + "}");
        String before = path.substring(0, Math.max(at - 1, 0));
        String collection = before.substring(before.lastIndexOf('/') + 1);
        return switch (collection) {
            case "chats" -> fixture.chatId();
            case "messages" -> fixture.messageId();
            case "reactions" -> fixture.reactionId();
            default -> UUID.randomUUID().toString();
        };
    }
}
