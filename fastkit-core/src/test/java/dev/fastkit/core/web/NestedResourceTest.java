package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class NestedResourceTest extends ResourceTestSupport {

    @Test
    void shouldCreateUnderTheParentFromThePath() {
        String notebook = createNotebook(alice, "parent").field("id");

        Http.Reply note = createNote(alice, notebook, "hello");

        assertThat(note.field("notebook_id")).isEqualTo(notebook);
        assertThat(note.header("Location")).isEqualTo("/notebooks/" + notebook + "/notes/" + note.field("id"));
    }

    @Test
    void shouldListOnlyTheParentsChildrenOldestFirst() {
        String first = createNotebook(alice, "one").field("id");
        String second = createNotebook(alice, "two").field("id");
        createNote(alice, first, "a");
        createNote(alice, first, "b");
        createNote(alice, second, "c");

        Http.Reply list = http.get("/notebooks/" + first + "/notes").header(PRINCIPAL, alice).send();

        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        assertThat(list.json().get(0).get("body").getStringValue()).isEqualTo("a");
        assertThat(list.json().get(1).get("body").getStringValue()).isEqualTo("b");
    }

    @Test
    void shouldAnswer404ForAChildReachedThroughTheWrongParent() {
        String first = createNotebook(alice, "first").field("id");
        String second = createNotebook(alice, "second").field("id");
        String note = createNote(alice, first, "lives in first").field("id");

        String wrongPath = "/notebooks/" + second + "/notes/" + note;
        assertThat(http.get(wrongPath).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.patch(wrongPath).header(PRINCIPAL, alice).json("{\"body\": \"x\"}").send().status()).isEqualTo(404);
        assertThat(http.delete(wrongPath).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.get("/notebooks/" + first + "/notes/" + note).header(PRINCIPAL, alice).send().field("body"))
                .isEqualTo("lives in first");
    }

    @Test
    void shouldAnswer404UnderAnotherPrincipalsOrAMissingParent() {
        String alicesNotebook = createNotebook(alice, "alices").field("id");
        String note = createNote(alice, alicesNotebook, "secret").field("id");

        assertThat(http.get("/notebooks/" + alicesNotebook + "/notes").header(PRINCIPAL, bob).send().status()).isEqualTo(404);
        assertThat(http.get("/notebooks/" + alicesNotebook + "/notes/" + note).header(PRINCIPAL, bob).send().status()).isEqualTo(404);
        assertThat(http.post("/notebooks/" + alicesNotebook + "/notes").header(PRINCIPAL, bob).json("{\"body\": \"x\"}").send().status())
                .isEqualTo(404);
        assertThat(http.post("/notebooks/" + UUID.randomUUID() + "/notes").header(PRINCIPAL, alice).json("{\"body\": \"x\"}").send().status())
                .isEqualTo(404);
        assertThat(http.get("/notebooks/not-a-uuid/notes").header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.get("/notebooks/" + alicesNotebook + "/notes").header(PRINCIPAL, alice).send().header("X-Total-Count"))
                .isEqualTo("1");
    }

    @Test
    void shouldDeleteChildrenWithTheirParent() {
        String notebook = createNotebook(alice, "cascade").field("id");
        String note = createNote(alice, notebook, "goes too").field("id");

        http.delete("/notebooks/" + notebook).header(PRINCIPAL, alice).send();

        assertThat(http.get("/notebooks/" + notebook + "/notes/" + note).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
    }
}
