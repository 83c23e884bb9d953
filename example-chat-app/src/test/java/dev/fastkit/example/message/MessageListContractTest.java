package dev.fastkit.example.message;

import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.ListQueryContract;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * FastKit's list contract, run against {@code /chats/{chat_id}/messages} of a chat the principal owns, as
 * {@link MessageRead} declares it.
 */
@MicronautTest(transactional = false)
class MessageListContractTest extends ListQueryContract {

    private static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo");

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
        return TestPrincipal.signUp(client()).authorization();
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        HttpTestClient.Call call = client().post("/chats").json("{\"title\": \"room\"}");
        principal.forEach(call::header);
        return "/chats/" + call.send().field("id") + "/messages";
    }

    @Override
    protected Class<?> readSchema() {
        return MessageRead.class;
    }

    @Override
    protected String createBody(int index) {
        return "{\"content\": \"Message " + WORDS.get(index) + "\"}";
    }
}
