package dev.fastkit.core.testapp;

import dev.fastkit.core.testapp.NotebookSchemas.NoteRead;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.ListQueryContract;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/** fastkit-test's list contract, run against the notes of a notebook, as {@link NoteRead} declares them. */
@MicronautTest(environments = "test", transactional = false)
class NoteListContractTest extends ListQueryContract {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    protected HttpTestClient client() {
        return new HttpTestClient(server.getURI(), json);
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return Map.of(HeaderAuthenticationFetcher.HEADER, UUID.randomUUID().toString());
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        HttpTestClient.Call call = client().post("/notebooks").json("{\"title\": \"" + UUID.randomUUID() + "\"}");
        principal.forEach(call::header);
        return "/notebooks/" + call.send().field("id") + "/notes";
    }

    @Override
    protected Class<?> readSchema() {
        return NoteRead.class;
    }

    @Override
    protected String createBody(int index) {
        return "{\"body\": \"Note " + NotebookListContractTest.WORDS.get(index) + "\"}";
    }
}
