package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the list tests share: creating rows with any text, querying with encoded parameters, following next links. */
abstract class ListTestSupport extends ResourceTestSupport {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

    /** Creates a notebook with exactly this title and description (JSON-escaped), and answers its id. */
    String notebook(String owner, String title, @Nullable String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        HttpTestClient.Reply reply = http.post("/notebooks").header(PRINCIPAL, owner).json(json(body)).send();
        assertThat(reply.status()).as("create %s: %s", title, reply).isEqualTo(201);
        return reply.field("id");
    }

    /** Creates a note with exactly this body in a notebook, and answers its id. */
    String note(String owner, String notebookId, String text) {
        HttpTestClient.Reply reply = http.post("/notebooks/" + notebookId + "/notes").header(PRINCIPAL, owner)
                .json(json(Map.of("body", text))).send();
        assertThat(reply.status()).as("create note %s: %s", text, reply).isEqualTo(201);
        return reply.field("id");
    }

    /** Creates a reading and answers its id. */
    String reading(String owner, String label, int amount, @Nullable String weight, String kind,
                   @Nullable String takenOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", label);
        body.put("amount", amount);
        body.put("weight", weight == null ? null : new java.math.BigDecimal(weight));
        body.put("kind", kind);
        body.put("taken_on", takenOn);
        HttpTestClient.Reply reply = http.post("/readings").header(PRINCIPAL, owner).json(json(body)).send();
        assertThat(reply.status()).as("create reading %s: %s", label, reply).isEqualTo(201);
        return reply.field("id");
    }

    /** {@code GET path?name=value&...} as {@code principal}, names and values percent-encoded. */
    HttpTestClient.Reply list(String principal, String path, String... parameters) {
        return http.get(query(path, parameters)).header(PRINCIPAL, principal).send();
    }

    /** {@code GET pathAndQuery} as given (already encoded), as {@code principal}. */
    HttpTestClient.Reply fetch(String principal, String pathAndQuery) {
        return http.get(pathAndQuery).header(PRINCIPAL, principal).send();
    }

    /** A list answer that must be 200. */
    HttpTestClient.Reply listed(String principal, String path, String... parameters) {
        HttpTestClient.Reply reply = list(principal, path, parameters);
        assertThat(reply.status()).as("GET %s: %s", query(path, parameters), reply).isEqualTo(200);
        return reply;
    }

    static String query(String path, String... parameters) {
        StringBuilder query = new StringBuilder(path);
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(encode(parameters[i])).append('=').append(encode(parameters[i + 1]));
        }
        return query.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The items' values of one field, in order ({@code null} for JSON null). */
    static List<String> values(HttpTestClient.Reply reply, String field) {
        List<String> values = new ArrayList<>();
        reply.json().values().forEach(item -> {
            JsonNode value = item.get(field);
            values.add(value == null || value.isNull() ? null : value.coerceStringValue());
        });
        return values;
    }

    static List<String> ids(HttpTestClient.Reply reply) {
        return values(reply, "id");
    }

    static List<String> titles(HttpTestClient.Reply reply) {
        return values(reply, "title");
    }

    /** The path and query of a list answer's {@code Link: rel="next"}, or {@code null}. */
    static @Nullable String next(HttpTestClient.Reply reply) {
        String link = reply.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        assertThat(next.matches()).as("Link: %s", link).isTrue();
        return next.group(1);
    }

    /** The cursor of a list answer's next link, decoded. */
    static String cursor(HttpTestClient.Reply reply) {
        String next = next(reply);
        assertThat(next).as("a next link on %s", reply).isNotNull();
        for (String parameter : next.substring(next.indexOf('?') + 1).split("&")) {
            if (parameter.startsWith("cursor=")) {
                return java.net.URLDecoder.decode(parameter.substring("cursor=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no cursor in " + next);
    }

    /** Follows next links from {@code first}, and answers the ids of every page in order. */
    List<String> walk(String principal, String first) {
        List<String> visited = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages from %s", first).isLessThan(100);
            HttpTestClient.Reply page = fetch(principal, next);
            assertThat(page.status()).as("GET %s: %s", next, page).isEqualTo(200);
            visited.addAll(ids(page));
            next = next(page);
        }
        return visited;
    }

    /** A 422 problem whose only pointer is {@code pointer}. */
    static void assertProblem(HttpTestClient.Reply reply, String pointer) {
        assertThat(reply.status()).as("%s: %s", pointer, reply).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorPointers()).as("%s: %s", pointer, reply).containsExactly(pointer);
    }

    private String json(Object body) {
        try {
            return jsonMapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
