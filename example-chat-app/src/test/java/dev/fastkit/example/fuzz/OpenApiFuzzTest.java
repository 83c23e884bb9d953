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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the example's own OpenAPI document ({@code /openapi.json}) with generated requests, valid
 * and broken (jqwik): path ids real, random or malformed; query values in and out of their ranges; bodies that follow
 * their schema, break it in one way, or are no JSON at all, under the documented, a wrong or no content type. Every
 * answer must be below 500, and every error an {@code application/problem+json} with a status the document names
 * for that operation; a list page carries {@code X-Total-Count}, and its {@code Link: rel="next"}, if any, answers
 * 200. A second property pages through the lists by their {@code Link} headers, in the documented sort orders. Array parameters documented {@code explode: false} ({@code sort}, {@code fields}) are sent comma-separated.
 * Requests per run: {@code jqwik.tries.default} ({@code src/test/resources/junit-platform.properties};
 * the long run sets {@code -Djqwik.tries.default=10000}, see the README).
 */
class OpenApiFuzzTest {

    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static final Pattern NEXT = Pattern.compile("<(/[^>]*)>; rel=\"next\"");
    private static int nextPages;
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
                + " requests over " + operations.size() + " operations (" + nextPages + " of them next pages from "
                + "Link headers); statuses " + STATUSES);
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
        if (reply.status() == 200 && request.operation().pageHeaders().contains("X-Total-Count")) {
            assertPage(request, reply);
        }
        fixture = fixture.afterward(http, request, reply.status());
    }

    /**
     * A list page (no {@code Prefer} was sent) carries {@code X-Total-Count}; a {@code Link: rel="next"} leads to the
     * next page, which answers 200 too.
     */
    private static void assertPage(FuzzRequest request, HttpTestClient.Reply reply) {
        assertThat(reply.header("X-Total-Count")).as("%s answered %s", request, reply).matches("\\d+");
        String link = reply.header("Link");
        if (link == null) {
            return;
        }
        Matcher next = NEXT.matcher(link);
        assertThat(next.matches()).as("%s answered Link: %s", request, link).isTrue();
        HttpTestClient.Reply following = http.get(next.group(1)).header("Authorization", fixture.bearer()).send();
        STATUSES.merge(following.status(), 1, Integer::sum);
        nextPages++;
        assertThat(following.status()).as("%s: its next page %s answered %s", request, next.group(1), following)
                .isEqualTo(200);
    }

    /**
     * Pages through a list by its {@code Link} headers, in an order and with a sparse fieldset the document offers
     * ({@code sort}, {@code fields}) and a small {@code limit}: every page answers 200 with the same
     * {@code X-Total-Count}, and the pages hold that many rows, each once (API.md, "Lists").
     */
    @Property(tries = 40)
    void shouldVisitEveryRowOnceByFollowingTheNextLinks(@ForAll("pagedLists") String first) {
        Set<String> seen = new HashSet<>();
        String total = null;
        String next = first;
        for (int pages = 1; next != null; pages++) {
            assertThat(pages).as("%s: pages", first).isLessThanOrEqualTo(500);
            HttpTestClient.Reply page = http.get(next).header("Authorization", fixture.bearer()).send();
            STATUSES.merge(page.status(), 1, Integer::sum);
            assertThat(page.status()).as("%s answered %s", next, page).isEqualTo(200);
            if (total == null) {
                total = page.header("X-Total-Count");
            }
            assertThat(page.header("X-Total-Count")).as("%s answered %s", next, page).isEqualTo(total);
            for (JsonNode item : page.json().values()) {
                assertThat(seen.add(item.get("id").getStringValue())).as("%s repeated a row: %s", next, page).isTrue();
            }
            String link = page.header("Link");
            if (link == null) {
                next = null;
            } else {
                Matcher matcher = NEXT.matcher(link);
                assertThat(matcher.matches()).as("%s answered Link: %s", next, link).isTrue();
                next = matcher.group(1);
                nextPages++;
            }
        }
        assertThat(seen).as("%s: the pages", first).hasSize(Integer.parseInt(total));
    }

    /** The first page of a list: its path with real ids, {@code limit} 1 to 3, perhaps a sort and fields. */
    @Provide
    Arbitrary<String> pagedLists() {
        List<FuzzOperation> lists = operations.stream()
                .filter(operation -> operation.method().equals("GET") && operation.query().containsKey("cursor"))
                .toList();
        return Arbitraries.of(lists).flatMap(operation -> {
            Arbitrary<List<String>> sort = optionalList(operation, "sort")
                    .filter(keys -> keys.stream().map(key -> key.startsWith("-") ? key.substring(1) : key)
                            .distinct().count() == keys.size());
            return Combinators.combine(Arbitraries.integers().between(1, 3), sort.map(keys -> String.join(",", keys)),
                            optionalList(operation, "fields").map(names -> String.join(",", names)))
                    .as((limit, keys, names) -> realPath(operation) + "?limit=" + limit
                            + (keys.isEmpty() ? "" : "&sort=" + encode(keys))
                            + (names.isEmpty() ? "" : "&fields=" + encode(names)));
        });
    }

    /** @return valid values of an operation's array parameter, or an empty list for leaving it out */
    private Arbitrary<List<String>> optionalList(FuzzOperation operation, String name) {
        JsonNode schema = operation.query().get(name);
        if (schema == null) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<List<String>> valid = values.valid(schema)
                .map(value -> ((List<?>) value).stream().map(String::valueOf).toList());
        return Arbitraries.oneOf(Arbitraries.just(List.<String>of()), valid);
    }

    private static String realPath(FuzzOperation operation) {
        String path = operation.path();
        for (String name : operation.pathNames()) {
            path = path.replace("{" + name + "}", realId(operation.path(), name));
        }
        return path;
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

    /**
     * A query of some of the operation's parameters, each valid three times in four. A list route documents some
     * twenty parameters: sending about three of them at a time keeps most list requests answerable (200) and each
     * refused one the fault of one or two parameters.
     */
    private Arbitrary<String> query(FuzzOperation operation) {
        Arbitrary<String> query = Arbitraries.just("");
        int oneIn = Math.max(2, operation.query().size() / 3);
        for (Map.Entry<String, JsonNode> parameter : operation.query().entrySet()) {
            boolean commaSeparated = operation.commaSeparated().contains(parameter.getKey());
            Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(3, values.valid(parameter.getValue())),
                            Tuple.of(1, values.invalid(parameter.getValue())))
                    .map(v -> queryValue(v, commaSeparated));
            Arbitrary<String> pair = Arbitraries.frequencyOf(Tuple.of(oneIn - 1, Arbitraries.just("")),
                    Tuple.of(1, value.map(v -> encode(parameter.getKey()) + "=" + encode(v))));
            query = Combinators.combine(query, pair).as((q, p) -> p.isEmpty() ? q : (q.isEmpty() ? "?" : q + "&") + p);
        }
        return query;
    }

    /** A generated value as query text: an array of a {@code explode: false} parameter comma-separated, else JSON. */
    private static String queryValue(Object value, boolean commaSeparated) {
        if (commaSeparated && value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? FuzzRequest.json(value) : String.valueOf(value);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
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
