package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fields}: each item carries only the asked read-schema fields and its id, on lists and on one resource. */
@MicronautTest(environments = "test", transactional = false)
class SparseFieldsetTest extends ListTestSupport {

    @Test
    void shouldKeepOnlyTheAskedFieldsAndTheIdInEveryItem() {
        notebook(alice, "one", "first");
        notebook(alice, "two", null);

        HttpTestClient.Reply titles = listed(alice, "/notebooks", "fields", "title");
        HttpTestClient.Reply two = listed(alice, "/notebooks", "fields", "description, created_at");
        HttpTestClient.Reply idOnly = listed(alice, "/notebooks", "fields", "id");

        assertThat(titles.json().size()).isEqualTo(2);
        titles.json().values().forEach(item -> assertThat(keys(item)).containsExactly("id", "title"));
        idOnly.json().values().forEach(item -> assertThat(keys(item)).containsExactly("id"));
        assertThat(keys(two.json().get(1))).containsExactly("id", "description", "created_at");
        assertThat(keys(two.json().get(0))).as("a null field is left out, as in the full item")
                .containsExactlyElementsOf(keys(listed(alice, "/notebooks").json().get(0)).stream()
                        .filter(key -> List.of("id", "description", "created_at").contains(key)).toList());
        assertThat(values(two, "description")).containsExactly(null, "first");
        assertThat(titles.header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void shouldKeepTheSparseFieldsetOnEveryPage() {
        for (int i = 0; i < 3; i++) {
            notebook(alice, "n" + i, null);
        }

        HttpTestClient.Reply first = listed(alice, "/notebooks", "fields", "title", "limit", "2");
        HttpTestClient.Reply second = fetch(alice, next(first));

        assertThat(second.status()).isEqualTo(200);
        second.json().values().forEach(item -> assertThat(keys(item)).containsExactly("id", "title"));
        assertThat(titles(second)).containsExactly("n0");
    }

    @Test
    void shouldKeepOnlyTheAskedFieldsOfOneResourceWithItsETag() {
        String id = notebook(alice, "one", "first");

        HttpTestClient.Reply sparse = list(alice, "/notebooks/" + id, "fields", "title,updated_at");
        HttpTestClient.Reply note = list(alice, "/notebooks/" + id + "/notes/"
                + note(alice, id, "hello"), "fields", "body");

        assertThat(sparse.status()).isEqualTo(200);
        assertThat(keys(sparse.json())).containsExactly("id", "title", "updated_at");
        assertThat(sparse.field("title")).isEqualTo("one");
        assertThat(sparse.header("ETag")).isEqualTo("\"0\"");
        assertThat(note.status()).isEqualTo(200);
        assertThat(keys(note.json())).containsExactly("id", "body");
    }

    @Test
    void shouldAnswer404BeforeTheFieldsetForAnotherUsersResource() {
        String id = notebook(alice, "private", "secret");

        assertThat(list(bob, "/notebooks/" + id, "fields", "title").status()).isEqualTo(404);
    }

    private static List<String> keys(JsonNode item) {
        List<String> keys = new ArrayList<>();
        item.entries().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }
}
