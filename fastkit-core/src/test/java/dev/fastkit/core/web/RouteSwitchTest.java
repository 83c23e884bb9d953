package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments switch {@code PUT} and {@code PATCH} off ({@code CrudRoute.allExcept(REPLACE, PATCH)}): those answer 405
 * with the methods the path still takes, and are absent from the OpenAPI document; the other routes work as usual.
 */
@MicronautTest(environments = "test", transactional = false)
class RouteSwitchTest extends ResourceTestSupport {

    String comment;

    @BeforeEach
    void createAComment() {
        String notebook = createNotebook(alice, "switches").field("id");
        String note = createNote(alice, notebook, "switched").field("id");
        comment = createComment(alice, notebook, note, "as written").header("Location");
    }

    @Test
    void shouldAnswer405WithAllowForASwitchedOffRoute() {
        HttpTestClient.Reply put = http.put(comment).header(PRINCIPAL, alice).json("{\"text\": \"changed\"}").send();
        HttpTestClient.Reply patch = http.patch(comment).header(PRINCIPAL, alice).json("{\"text\": \"changed\"}").send();

        for (HttpTestClient.Reply reply : List.of(put, patch)) {
            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.header("Allow")).isEqualTo("GET, DELETE");
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.get(comment).header(PRINCIPAL, alice).send().field("text")).isEqualTo("as written");
    }

    @Test
    void shouldAnswer405ForASwitchedOffRouteWhateverTheIdOrBody() {
        String unknown = comment.substring(0, comment.lastIndexOf('/') + 1) + "00000000-0000-0000-0000-000000000000";

        assertThat(http.put(unknown).header(PRINCIPAL, alice).json("{\"text\": \"x\"}").send().status()).isEqualTo(405);
        assertThat(http.patch(comment).header(PRINCIPAL, alice).json("{\"no_such_field\": 1}").send().status())
                .isEqualTo(405);
    }

    @Test
    void shouldKeepTheRoutesItExposes() {
        String collection = comment.substring(0, comment.lastIndexOf('/'));

        assertThat(http.get(collection).header(PRINCIPAL, alice).send().status()).isEqualTo(200);
        assertThat(http.get(comment).header(PRINCIPAL, alice).send().status()).isEqualTo(200);
        assertThat(http.delete(comment).header(PRINCIPAL, alice).send().status()).isEqualTo(204);
        HttpTestClient.Reply wrongMethod = http.delete(collection).header(PRINCIPAL, alice).send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
    }

    @Test
    void shouldLeaveSwitchedOffRoutesOutOfTheOpenApiDocument() {
        JsonNode paths = http.get("/openapi.json").send().json().get("paths");

        assertThat(names(paths.get("/notebooks/{notebook_id}/notes/{note_id}/comments/{comment_id}")))
                .containsExactlyInAnyOrder("get", "delete");
        assertThat(names(paths.get("/notebooks/{notebook_id}/notes/{note_id}/comments")))
                .containsExactlyInAnyOrder("get", "post");
        assertThat(names(paths.get("/notebooks/{notebook_id}/notes/{note_id}")))
                .containsExactlyInAnyOrder("get", "put", "patch", "delete");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
