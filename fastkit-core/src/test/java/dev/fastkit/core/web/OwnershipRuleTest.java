package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OwnershipRule.owner().readableByRole("admin")} on notebooks and their notes: admins read every owner's rows,
 * writes stay the owner's, and everyone else still sees only their own.
 */
@MicronautTest(environments = "test", transactional = false)
class OwnershipRuleTest extends ResourceTestSupport {

    static final String ROLES = "X-Test-Roles";

    String admin;

    @BeforeEach
    void setUpAdmin() {
        admin = UUID.randomUUID().toString();
    }

    @Test
    void shouldLetAnAdminListAndCountEveryOwnersRows() {
        String first = createNotebook(alice, "alice's").field("id");
        String second = createNotebook(bob, "bob's").field("id");

        HttpTestClient.Reply list = http.get("/notebooks?owner_id[in]=" + alice + "," + bob + "&sort=title")
                .header(PRINCIPAL, admin).header(ROLES, "admin").send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        assertThat(list.json().get(0).get("id").getStringValue()).isEqualTo(first);
        assertThat(list.json().get(1).get("id").getStringValue()).isEqualTo(second);
    }

    @Test
    void shouldLetAnAdminReadAnotherOwnersRow() {
        HttpTestClient.Reply created = createNotebook(alice, "private");

        HttpTestClient.Reply read = http.get("/notebooks/" + created.field("id"))
                .header(PRINCIPAL, admin).header(ROLES, "admin").send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void shouldAnswer404ToAnAdminWritingAnotherOwnersRowAndChangeNothing() {
        HttpTestClient.Reply created = createNotebook(alice, "hands off");
        String path = "/notebooks/" + created.field("id");

        HttpTestClient.Reply put = http.put(path).header(PRINCIPAL, admin).header(ROLES, "admin")
                .json("{\"title\": \"mine\", \"description\": null}").send();
        HttpTestClient.Reply patch = http.patch(path).header(PRINCIPAL, admin).header(ROLES, "admin")
                .json("{\"title\": \"mine\"}").send();
        HttpTestClient.Reply delete = http.delete(path).header(PRINCIPAL, admin).header(ROLES, "admin").send();

        assertThat(put.status()).isEqualTo(404);
        assertThat(patch.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(http.get(path).header(PRINCIPAL, alice).send().body()).isEqualTo(created.body());
    }

    @Test
    void shouldMakeAnAdminTheOwnerOfWhatItCreates() {
        HttpTestClient.Reply created = http.post("/notebooks").header(PRINCIPAL, admin).header(ROLES, "admin")
                .json("{\"title\": \"the admin's\"}").send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("owner_id")).isEqualTo(admin);
    }

    @Test
    void shouldKeepOtherPrincipalsToTheirOwnRows() {
        createNotebook(alice, "alice's");
        createNotebook(bob, "bob's");

        HttpTestClient.Reply list = http.get("/notebooks?owner_id[in]=" + alice + "," + bob)
                .header(PRINCIPAL, bob).header(ROLES, "editor").send();
        HttpTestClient.Reply other = http.get("/notebooks/" + createNotebook(alice, "other").field("id"))
                .header(PRINCIPAL, bob).header(ROLES, "editor").send();

        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(list.json().get(0).get("title").getStringValue()).isEqualTo("bob's");
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    void shouldLetAnAdminReadNestedRowsUnderAnotherOwnersParentButNotWriteThere() {
        String notebook = createNotebook(alice, "with notes").field("id");
        String note = createNote(alice, notebook, "a note").field("id");
        createComment(alice, notebook, note, "a comment");

        HttpTestClient.Reply notes = http.get("/notebooks/" + notebook + "/notes")
                .header(PRINCIPAL, admin).header(ROLES, "admin").send();
        HttpTestClient.Reply one = http.get("/notebooks/" + notebook + "/notes/" + note)
                .header(PRINCIPAL, admin).header(ROLES, "admin").send();
        HttpTestClient.Reply create = http.post("/notebooks/" + notebook + "/notes")
                .header(PRINCIPAL, admin).header(ROLES, "admin").json("{\"body\": \"intruder\"}").send();
        HttpTestClient.Reply comments = http.get(commentsPath(notebook, note))
                .header(PRINCIPAL, admin).header(ROLES, "admin").send();

        assertThat(notes.status()).isEqualTo(200);
        assertThat(notes.header("X-Total-Count")).isEqualTo("1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(create.status()).isEqualTo(404);
        assertThat(comments.status()).as("comments keep the default rule").isEqualTo(404);
    }
}
