package dev.fastkit.core.web;

import dev.fastkit.core.testapp.DeletedRows;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boards and their cards declare {@code @SoftDelete}: a delete marks the row, and every generated route treats it as
 * absent. Boards are written by FastKit's statements, cards (an enum column) by the repository.
 */
@MicronautTest(environments = "test", transactional = false)
class SoftDeleteTest extends ResourceTestSupport {

    @Inject
    DeletedRows rows;

    @Test
    void shouldMarkTheRowOnDeleteAndAnswer404Afterwards() {
        String board = createBoard(alice, "kept in the table");
        Instant before = Instant.now().minusSeconds(60);

        assertThat(http.delete("/boards/" + board).header(PRINCIPAL, alice).send().status()).isEqualTo(204);

        assertThat(rows.deletedAt("boards", board)).hasValueSatisfying(deleted -> assertThat(deleted).isAfter(before));
        assertThat(http.get("/boards/" + board).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.delete("/boards/" + board).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.put("/boards/" + board).header(PRINCIPAL, alice).json("{\"name\": \"back\"}").send().status())
                .isEqualTo(404);
        assertThat(http.patch("/boards/" + board).header(PRINCIPAL, alice).json("{\"name\": \"back\"}").send().status())
                .isEqualTo(404);
        assertThat(rows.deletedAt("boards", board)).as("no write brought it back").isNotEqualTo(Instant.MIN);
    }

    @Test
    void shouldLeaveADeletedRowOutOfListsAndTheirCount() {
        createBoard(alice, "first");
        String second = createBoard(alice, "second");
        createBoard(alice, "third");
        assertThat(http.get("/boards?limit=2").header(PRINCIPAL, alice).send().header("X-Total-Count"))
                .as("a full page: counted, and the count remembered").isEqualTo("3");

        http.delete("/boards/" + second).header(PRINCIPAL, alice).send();

        HttpTestClient.Reply page = http.get("/boards?limit=2").header(PRINCIPAL, alice).send();
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        HttpTestClient.Reply all = http.get("/boards").header(PRINCIPAL, alice).send();
        assertThat(all.json().values()).extracting(item -> item.get("name").getStringValue())
                .containsExactly("first", "third");
    }

    @Test
    void shouldCreateAgainWithTheUniqueValueOfADeletedRow() {
        String first = createBoard(alice, "same name");
        assertThat(http.post("/boards").header(PRINCIPAL, alice).json("{\"name\": \"same name\"}").send().status())
                .as("the live row holds the name").isEqualTo(409);

        http.delete("/boards/" + first).header(PRINCIPAL, alice).send();
        HttpTestClient.Reply again = http.post("/boards").header(PRINCIPAL, alice).json("{\"name\": \"same name\"}")
                .send();

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.field("id")).isNotEqualTo(first);
        assertThat(rows.deletedAt("boards", first)).isPresent().get().isNotEqualTo(Instant.MIN);
        assertThat(rows.deletedAt("boards", again.field("id"))).contains(Instant.MIN);
    }

    @Test
    void shouldAnswer404ForAChildUnderADeletedParent() {
        String board = createBoard(alice, "parent");
        String card = createCard(alice, board, "child");

        http.delete("/boards/" + board).header(PRINCIPAL, alice).send();

        assertThat(http.get(cards(board) + "/" + card).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.get(cards(board)).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.post(cards(board)).header(PRINCIPAL, alice).json("{\"title\": \"new\", \"state\": \"TODO\"}")
                .send().status()).isEqualTo(404);
        assertThat(http.delete(cards(board) + "/" + card).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(rows.deletedAt("cards", card)).as("the card itself was not deleted").contains(Instant.MIN);
    }

    @Test
    void shouldDeleteSoftlyThroughTheRepositoryPath() {
        String board = createBoard(alice, "with cards");
        String kept = createCard(alice, board, "kept");
        String gone = createCard(alice, board, "gone");
        assertThat(http.patch(cards(board) + "/" + gone).header(PRINCIPAL, alice).json("{\"state\": \"DONE\"}").send()
                .status()).as("written by the repository").isEqualTo(200);

        assertThat(http.delete(cards(board) + "/" + gone).header(PRINCIPAL, alice).send().status()).isEqualTo(204);

        assertThat(rows.deletedAt("cards", gone)).isPresent().get().isNotEqualTo(Instant.MIN);
        assertThat(http.get(cards(board) + "/" + gone).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.patch(cards(board) + "/" + gone).header(PRINCIPAL, alice).json("{\"title\": \"back\"}").send()
                .status()).isEqualTo(404);
        HttpTestClient.Reply list = http.get(cards(board)).header(PRINCIPAL, alice).send();
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(list.json().get(0).get("id").getStringValue()).isEqualTo(kept);
    }

    @Test
    void shouldLeaveDeletedChildrenOutOfAnInclude() {
        String board = createBoard(alice, "included");
        String kept = createCard(alice, board, "kept");
        String gone = createCard(alice, board, "gone");
        http.delete(cards(board) + "/" + gone).header(PRINCIPAL, alice).send();

        HttpTestClient.Reply read = http.get("/boards/" + board + "?include=cards").header(PRINCIPAL, alice).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("cards").values()).extracting(item -> item.get("id").getStringValue())
                .containsExactly(kept);
    }

    @Test
    void shouldKeepAnotherOwnersRowOutOfReachAsBefore() {
        String board = createBoard(alice, "private");

        assertThat(http.delete("/boards/" + board).header(PRINCIPAL, bob).send().status()).isEqualTo(404);

        assertThat(rows.deletedAt("boards", board)).contains(Instant.MIN);
    }

    @Test
    void shouldDocumentTheDeleteAsAnyOther() {
        HttpTestClient.Reply document = http.get("/openapi.json").send();

        JsonNode responses = document.json().get("paths").get("/boards/{board_id}").get("delete")
                .get("responses");
        assertThat(responses.get("204")).isNotNull();
        assertThat(responses.get("200")).isNull();
    }

    private String createBoard(String owner, String name) {
        HttpTestClient.Reply reply = http.post("/boards").header(PRINCIPAL, owner)
                .json("{\"name\": \"" + name + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create board failed: " + reply);
        }
        return reply.field("id");
    }

    private String createCard(String owner, String board, String title) {
        HttpTestClient.Reply reply = http.post(cards(board)).header(PRINCIPAL, owner)
                .json("{\"title\": \"" + title + "\", \"state\": \"TODO\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create card failed: " + reply);
        }
        return reply.field("id");
    }

    private static String cards(String board) {
        return "/boards/" + board + "/cards";
    }
}
