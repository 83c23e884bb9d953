package ${package}.bookmark;

import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service over HTTP, as a client uses it: sign up, file a bookmark in a folder, list it, and find it
 * hidden from everyone else.
 */
@MicronautTest(transactional = false)
class BookmarkEndToEndTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpTestClient client;

    @BeforeEach
    void connect() {
        client = new HttpTestClient(server.getURI(), json);
    }

    @Test
    void shouldListAUsersBookmarksAndHideThemFromAnotherUser() {
        Map<String, String> alice = TestPrincipal.signUp(client).authorization();
        HttpTestClient.Reply folder = send(client.post("/folders").json("{\"name\": \"Reading\"}"), alice);
        assertThat(folder.status()).as("create folder: %s", folder).isEqualTo(201);
        String bookmarks = "/folders/" + folder.field("id") + "/bookmarks";

        HttpTestClient.Reply added = send(client.post(bookmarks)
                .json("{\"url\": \"https://micronaut.io/\", \"title\": \"Micronaut\"}"), alice);
        assertThat(added.status()).as("add bookmark: %s", added).isEqualTo(201);
        assertThat(added.field("folder_id")).isEqualTo(folder.field("id"));

        HttpTestClient.Reply list = send(client.get(bookmarks), alice);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(list.json().get(0).get("url").getStringValue()).isEqualTo("https://micronaut.io/");

        Map<String, String> bob = TestPrincipal.signUp(client).authorization();
        assertThat(send(client.get(bookmarks), bob).status()).isEqualTo(404);
        assertThat(send(client.get(added.header("Location")), bob).status()).isEqualTo(404);
        assertThat(send(client.get("/folders/" + folder.field("id")), bob).status()).isEqualTo(404);
    }

    @Test
    void shouldAnswerHealthWith200WithoutAToken() {
        HttpTestClient.Reply health = client.get("/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.field("status")).isEqualTo("UP");
    }

    @Test
    void shouldRefuseABookmarkWhoseUrlIsNotHttpWith422() {
        Map<String, String> alice = TestPrincipal.signUp(client).authorization();
        String folder = send(client.post("/folders").json("{\"name\": \"Reading\"}"), alice).field("id");

        HttpTestClient.Reply refused = send(client.post("/folders/" + folder + "/bookmarks")
                .json("{\"url\": \"javascript:alert(1)\", \"title\": \"Nope\"}"), alice);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorPointers()).containsExactly("/url");
    }

    private static HttpTestClient.Reply send(HttpTestClient.Call call, Map<String, String> principal) {
        principal.forEach(call::header);
        return call.send();
    }
}
