package dev.fastkit.core.testapp;

import dev.fastkit.core.testapp.NotebookSchemas.NotebookRead;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.ListQueryContract;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** fastkit-test's list contract, run against what {@link NotebookRead} declares. */
@MicronautTest(environments = "test", transactional = false)
class NotebookListContractTest extends ListQueryContract {

    static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");

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
        return "/notebooks";
    }

    @Override
    protected Class<?> readSchema() {
        return NotebookRead.class;
    }

    @Override
    protected String createBody(int index) {
        String description = index % 2 == 0 ? "\"about " + WORDS.get(index) + "s and more\"" : "null";
        return "{\"title\": \"Notebook " + WORDS.get(index) + "\", \"description\": " + description + "}";
    }
}
