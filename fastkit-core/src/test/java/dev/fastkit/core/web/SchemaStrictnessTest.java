package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class SchemaStrictnessTest extends ResourceTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field           | {\"title\": \"t\", \"colour\": \"red\"}       | /colour",
            "read-only id            | {\"title\": \"t\", \"id\": \"00000000-0000-0000-0000-000000000000\"} | /id",
            "read-only owner         | {\"title\": \"t\", \"owner_id\": \"00000000-0000-0000-0000-000000000000\"} | /owner_id",
            "read-only timestamp     | {\"title\": \"t\", \"created_at\": \"2020-01-01T00:00:00Z\"} | /created_at",
            "read-only version       | {\"title\": \"t\", \"version\": 7}            | /version",
            "number for a string     | {\"title\": 123}                           | /title",
            "object for a string     | {\"title\": {\"a\": 1}}                      | /title",
            "missing required        | {\"description\": \"d\"}                     | /title",
            "null for required       | {\"title\": null}                          | /title",
            "blank title             | {\"title\": \"   \"}                         | /title",
    })
    void shouldAnswer422WithAPointerAndCreateNothing(String name, String body, String pointer) {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json(body).send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("type")).isEqualTo("about:blank");
        assertThat(reply.field("detail")).isNotBlank();
        assertThat(reply.errorPointers()).contains(pointer);
        assertNothingCreated();
    }

    @Test
    void shouldAnswer422ForAStringOverItsMaximumLength() {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice)
                .json("{\"title\": \"" + "x".repeat(201) + "\"}").send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactly("/title");
        assertNothingCreated();
    }

    @Test
    void shouldAnswer422ForABodyThatIsNotAnObject() {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json("[1, 2]").send();

        assertThat(reply.status()).isEqualTo(422);
        assertNothingCreated();
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json("{\"title\": ").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("detail")).doesNotContain("Exception").doesNotContain("io.micronaut");
        assertNothingCreated();
    }

    @Test
    void shouldAnswer415ForAWrongContentType() {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).body("text/plain", "title=t").send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertNothingCreated();
    }

    @Test
    void shouldAnswer413ForABodyOverTheLimit() {
        String huge = "{\"title\": \"t\", \"description\": \"" + "x".repeat(1_100_000) + "\"}";

        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json(huge).send();

        assertThat(reply.status()).isEqualTo(413);
        assertNothingCreated();
    }

    @Test
    void shouldAnswer422WhenAServiceHookRefusesTheCreate() {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json("{\"title\": \"forbidden\"}").send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactly("/title");
        assertNothingCreated();
    }

    @Test
    void shouldAnswer409ForAUniqueViolation() {
        createNotebook(alice, "twice");

        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, alice).json("{\"title\": \"twice\"}").send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).doesNotContainIgnoringCase("sql").doesNotContain("notebooks_owner_title_key");
    }

    private void assertNothingCreated() {
        Http.Reply list = http.get("/notebooks").header(PRINCIPAL, alice).send();
        assertThat(list.header("X-Total-Count")).isEqualTo("0");
    }
}
