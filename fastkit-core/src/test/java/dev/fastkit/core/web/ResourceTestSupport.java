package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

/** Shared set-up of the core's HTTP tests: a client and a fresh principal per test, so tests never see each other's rows. */
abstract class ResourceTestSupport {

    static final String PRINCIPAL = "X-Test-Principal";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    HttpTestClient http;
    String alice;
    String bob;

    @BeforeEach
    void setUpClientAndPrincipals() {
        http = new HttpTestClient(server.getURI(), jsonMapper);
        alice = UUID.randomUUID().toString();
        bob = UUID.randomUUID().toString();
    }

    HttpTestClient.Reply createNotebook(String owner, String title) {
        HttpTestClient.Reply reply = http.post("/notebooks").header(PRINCIPAL, owner)
                .json("{\"title\": \"" + title + "\", \"description\": \"about " + title + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply;
    }

    HttpTestClient.Reply createNote(String owner, String notebookId, String body) {
        HttpTestClient.Reply reply = http.post("/notebooks/" + notebookId + "/notes").header(PRINCIPAL, owner)
                .json("{\"body\": \"" + body + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create note failed: " + reply);
        }
        return reply;
    }

    HttpTestClient.Reply createComment(String owner, String notebookId, String noteId, String text) {
        HttpTestClient.Reply reply = http.post(commentsPath(notebookId, noteId)).header(PRINCIPAL, owner)
                .json("{\"text\": \"" + text + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create comment failed: " + reply);
        }
        return reply;
    }

    static String commentsPath(String notebookId, String noteId) {
        return "/notebooks/" + notebookId + "/notes/" + noteId + "/comments";
    }
}
