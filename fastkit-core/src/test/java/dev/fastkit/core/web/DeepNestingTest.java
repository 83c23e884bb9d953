package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three levels of nesting: comments under {@code /notebooks/{notebook_id}/notes/{note_id}/comments}. The whole chain
 * is checked: the right chain answers, a wrong link at any level or another principal's notebook is a 404.
 */
@MicronautTest(environments = "test", transactional = false)
class DeepNestingTest extends ResourceTestSupport {

    String notebook;
    String note;
    String comment;

    @BeforeEach
    void createTheChain() {
        notebook = createNotebook(alice, "root").field("id");
        note = createNote(alice, notebook, "middle").field("id");
        comment = createComment(alice, notebook, note, "leaf").field("id");
    }

    @Test
    void shouldServeTheRightChain() {
        String path = commentsPath(notebook, note) + "/" + comment;

        HttpTestClient.Reply read = http.get(path).header(PRINCIPAL, alice).send();
        HttpTestClient.Reply list = http.get(commentsPath(notebook, note)).header(PRINCIPAL, alice).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("text")).isEqualTo("leaf");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(http.delete(path).header(PRINCIPAL, alice).send().status()).isEqualTo(204);
        assertThat(http.get(path).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
    }

    @Test
    void shouldFillEveryParentIdItHoldsFromThePathOnCreate() {
        HttpTestClient.Reply created = createComment(alice, notebook, note, "another");

        assertThat(created.field("note_id")).isEqualTo(note);
        assertThat(created.field("notebook_id")).isEqualTo(notebook);
        assertThat(created.field("owner_id")).isEqualTo(alice);
        assertThat(created.header("Location")).isEqualTo(commentsPath(notebook, note) + "/" + created.field("id"));
    }

    @Test
    void shouldAnswer404ForANoteReachedThroughAnotherNotebook() {
        String otherNotebook = createNotebook(alice, "other root").field("id");

        assertChain404(otherNotebook, note, alice);
        assertItem404(otherNotebook, note, comment, alice);
        assertCommentIsStillThere();
    }

    @Test
    void shouldAnswer404ForACommentReachedThroughAnotherNote() {
        String otherNote = createNote(alice, notebook, "sibling").field("id");

        assertItem404(notebook, otherNote, comment, alice);
        assertThat(http.get(commentsPath(notebook, otherNote)).header(PRINCIPAL, alice).send().header("X-Total-Count"))
                .isEqualTo("0");
        assertCommentIsStillThere();
    }

    @Test
    void shouldAnswer404UnderAnotherPrincipalsNotebook() {
        assertChain404(notebook, note, bob);
        assertItem404(notebook, note, comment, bob);
        assertCommentIsStillThere();
    }

    @Test
    void shouldAnswer404ForUnknownOrMalformedIdsAtAnyLevel() {
        String unknown = UUID.randomUUID().toString();

        for (String[] chain : new String[][]{{unknown, note}, {notebook, unknown}, {"not-a-uuid", note},
                {notebook, "not-a-uuid"}}) {
            assertChain404(chain[0], chain[1], alice);
            assertItem404(chain[0], chain[1], comment, alice);
        }
        assertItem404(notebook, note, unknown, alice);
        assertItem404(notebook, note, "not-a-uuid", alice);
        assertCommentIsStillThere();
    }

    @Test
    void shouldDeleteTheWholeBranchWithItsRoot() {
        assertThat(http.delete("/notebooks/" + notebook).header(PRINCIPAL, alice).send().status()).isEqualTo(204);

        assertChain404(notebook, note, alice);
        assertItem404(notebook, note, comment, alice);
    }

    /** The collection under that chain answers 404 to a list and to a create. */
    private void assertChain404(String notebookId, String noteId, String principal) {
        String collection = commentsPath(notebookId, noteId);

        assertThat(http.get(collection).header(PRINCIPAL, principal).send().status())
                .as("list under %s", collection).isEqualTo(404);
        assertThat(http.post(collection).header(PRINCIPAL, principal).json("{\"text\": \"x\"}").send().status())
                .as("create under %s", collection).isEqualTo(404);
    }

    /** The comment reached through that chain answers 404 to a read and to a delete. */
    private void assertItem404(String notebookId, String noteId, String commentId, String principal) {
        String item = commentsPath(notebookId, noteId) + "/" + commentId;

        assertThat(http.get(item).header(PRINCIPAL, principal).send().status()).as("read %s", item).isEqualTo(404);
        assertThat(http.delete(item).header(PRINCIPAL, principal).send().status()).as("delete %s", item).isEqualTo(404);
    }

    private void assertCommentIsStillThere() {
        HttpTestClient.Reply read = http.get(commentsPath(notebook, note) + "/" + comment).header(PRINCIPAL, alice).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("text")).isEqualTo("leaf");
    }
}
