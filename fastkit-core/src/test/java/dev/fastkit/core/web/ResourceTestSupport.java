package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
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

    Http http;
    String alice;
    String bob;

    @BeforeEach
    void setUpClientAndPrincipals() {
        http = new Http(server.getURI(), jsonMapper);
        alice = UUID.randomUUID().toString();
        bob = UUID.randomUUID().toString();
    }

    Http.Reply createNotebook(String owner, String title) {
        Http.Reply reply = http.post("/notebooks").header(PRINCIPAL, owner)
                .json("{\"title\": \"" + title + "\", \"description\": \"about " + title + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply;
    }

    Http.Reply createNote(String owner, String notebookId, String body) {
        Http.Reply reply = http.post("/notebooks/" + notebookId + "/notes").header(PRINCIPAL, owner)
                .json("{\"body\": \"" + body + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create note failed: " + reply);
        }
        return reply;
    }
}
