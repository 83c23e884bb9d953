package dev.fastkit.core.web;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The three-level test resource, which switches PUT and PATCH off, keeps the CRUD contract for its other routes. */
@MicronautTest(environments = "test", transactional = false)
class CommentContractTest extends CrudResourceContract {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    protected HttpTestClient client() {
        return new HttpTestClient(server.getURI(), json);
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        HttpTestClient.Call notebook = client().post("/notebooks").json("{\"title\": \"" + UUID.randomUUID() + "\"}");
        principal.forEach(notebook::header);
        String notes = "/notebooks/" + notebook.send().field("id") + "/notes";
        HttpTestClient.Call note = client().post(notes).json("{\"body\": \"commented\"}");
        principal.forEach(note::header);
        return notes + "/" + note.send().field("id") + "/comments";
    }

    @Override
    protected String validCreateBody() {
        return "{\"text\": \"nice\"}";
    }

    @Override
    protected Set<String> itemMethods() {
        return Set.of("GET", "DELETE");
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return Map.of("X-Test-Principal", UUID.randomUUID().toString());
    }
}
