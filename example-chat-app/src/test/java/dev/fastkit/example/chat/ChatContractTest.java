package dev.fastkit.example.chat;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * FastKit's CRUD contract, run against {@code /chats}.
 */
@MicronautTest(transactional = false)
class ChatContractTest extends CrudResourceContract {

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
        return "/chats";
    }

    @Override
    protected String validCreateBody() {
        return "{\"title\": \"hello\", \"description\": \"first\"}";
    }

    @Override
    protected String validReplaceBody() {
        return "{\"title\": \"new\", \"description\": null}";
    }

    @Override
    protected String validPatchBody() {
        return "{\"title\": \"patched\"}";
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return TestPrincipal.signUp(client()).authorization();
    }
}
