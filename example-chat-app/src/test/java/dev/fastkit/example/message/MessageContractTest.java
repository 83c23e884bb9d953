package dev.fastkit.example.message;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * FastKit's CRUD contract, run against {@code /chats/{chat_id}/messages} of a chat the principal owns.
 */
@MicronautTest(transactional = false)
class MessageContractTest extends CrudResourceContract {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final Map<Map<String, String>, String> chatOf = new HashMap<>();

    @Override
    protected HttpTestClient client() {
        return new HttpTestClient(server.getURI(), json);
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        return chatOf.computeIfAbsent(principal, owner -> {
            HttpTestClient.Call call = client().post("/chats").json("{\"title\": \"room\"}");
            owner.forEach(call::header);
            return "/chats/" + call.send().field("id") + "/messages";
        });
    }

    @Override
    protected String validCreateBody() {
        return "{\"content\": \"hello\"}";
    }

    @Override
    protected String validReplaceBody() {
        return "{\"content\": \"replaced\"}";
    }

    @Override
    protected String validPatchBody() {
        return "{\"content\": \"patched\"}";
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return TestPrincipal.signUp(client()).authorization();
    }
}
