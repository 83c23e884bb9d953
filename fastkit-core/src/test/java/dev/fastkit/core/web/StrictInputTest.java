package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies are parsed strictly on every body-taking route, before anything is bound or written; oversized request lines
 * and headers get their own statuses.
 */
@MicronautTest(environments = "test", transactional = false)
class StrictInputTest extends ResourceTestSupport {

    private String notebookId;
    private String notebookBefore;

    @BeforeEach
    void createNotebook() {
        HttpTestClient.Reply created = createNotebook(alice, "kept");
        notebookId = created.field("id");
        notebookBefore = created.body();
    }

    static Stream<Arguments> malformedBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("POST /notebooks", "PUT /notebooks/{id}", "PATCH /notebooks/{id}",
                "POST /notebooks/{id}/notes")) {
            cases.add(Arguments.of(route, "trailing content", "{\"title\": \"t\"}xyz".getBytes(StandardCharsets.UTF_8)));
            cases.add(Arguments.of(route, "two values", "{\"title\": \"t\"}{\"title\": \"t\"}".getBytes(StandardCharsets.UTF_8)));
            cases.add(Arguments.of(route, "a duplicate key", "{\"title\": \"a\", \"title\": \"b\"}".getBytes(StandardCharsets.UTF_8)));
            cases.add(Arguments.of(route, "an overlong UTF-8 form", new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':',
                    '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}'}));
            cases.add(Arguments.of(route, "an unpaired surrogate escape", "{\"title\": \"\\ud800\"}".getBytes(StandardCharsets.UTF_8)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("malformedBodies")
    void shouldAnswer400ForAMalformedJsonBodyAndChangeNothing(String route, String malformation, byte[] body) {
        HttpTestClient.Reply reply = call(route).bytes("application/json", body).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertNothingChanged();
    }

    static Stream<Arguments> unusableContentTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("POST /notebooks", "PUT /notebooks/{id}", "PATCH /notebooks/{id}",
                "POST /notebooks/{id}/notes")) {
            cases.add(Arguments.of(route, null));
            cases.add(Arguments.of(route, "json"));
            cases.add(Arguments.of(route, "text/plain"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with Content-Type {1}")
    @MethodSource("unusableContentTypes")
    void shouldAnswer415ForABodyWithoutAUsableContentTypeAndChangeNothing(String route, String contentType) {
        byte[] valid = "{\"title\": \"new\", \"description\": null}".getBytes(StandardCharsets.UTF_8);

        HttpTestClient.Reply reply = call(route).bytes(contentType, valid).send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertNothingChanged();
    }

    @Test
    void shouldAnswer414ForARequestLineOverTheLimit() {
        HttpTestClient.Reply longId = http.get("/notebooks/" + "a".repeat(5_000)).header(PRINCIPAL, alice).send();
        HttpTestClient.Reply longQuery = http.get("/notebooks?skip=0&x=" + "q".repeat(100_000)).header(PRINCIPAL, alice).send();

        assertThat(longId.status()).isEqualTo(414);
        assertThat(longQuery.status()).isEqualTo(414);
        assertThat(longId.header("Content-Type")).startsWith("application/problem+json");
        assertThat(longId.field("detail")).isEqualTo("The request line is longer than the server accepts.");
        assertThat(longId.header("Connection")).isEqualTo("close");
    }

    @Test
    void shouldAnswer431ForHeadersOverTheLimit() {
        HttpTestClient.Reply header = http.get("/notebooks").header(PRINCIPAL, alice).header("X-Padding", "h".repeat(70_000)).send();
        HttpTestClient.Reply cookie = http.get("/notebooks").header(PRINCIPAL, alice).header("Cookie", "c=" + "v".repeat(70_000)).send();

        assertThat(header.status()).isEqualTo(431);
        assertThat(cookie.status()).isEqualTo(431);
        assertThat(header.header("Content-Type")).startsWith("application/problem+json");
    }

    private HttpTestClient.Call call(String route) {
        String[] parts = route.split(" ");
        return http.call(parts[0], parts[1].replace("{id}", notebookId)).header(PRINCIPAL, alice);
    }

    private void assertNothingChanged() {
        assertThat(http.get("/notebooks/" + notebookId).header(PRINCIPAL, alice).send().body()).isEqualTo(notebookBefore);
        assertThat(http.get("/notebooks").header(PRINCIPAL, alice).send().header("X-Total-Count")).isEqualTo("1");
        assertThat(http.get("/notebooks/" + notebookId + "/notes").header(PRINCIPAL, alice).send().header("X-Total-Count"))
                .isEqualTo("0");
    }
}
