package dev.fastkit.example.reaction;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * FastKit's CRUD contract, run against {@code /chats/{chat_id}/messages/{message_id}/reactions} of a message in a
 * chat the principal owns; reactions take {@code GET} and {@code DELETE} on one item, never {@code PUT} or
 * {@code PATCH}.
 */
@MicronautTest(transactional = false)
class ReactionContractTest extends CrudResourceContract {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final Map<Map<String, String>, String> messageOf = new HashMap<>();

    @Override
    protected HttpTestClient client() {
        return new HttpTestClient(server.getURI(), json);
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        return messageOf.computeIfAbsent(principal, owner -> {
            HttpTestClient.Call chat = client().post("/chats").json("{\"title\": \"room\"}");
            owner.forEach(chat::header);
            String messages = "/chats/" + chat.send().field("id") + "/messages";
            HttpTestClient.Call message = client().post(messages).json("{\"content\": \"react to me\"}");
            owner.forEach(message::header);
            return messages + "/" + message.send().field("id") + "/reactions";
        });
    }

    /** A new emoji-like value each time: the same emoji twice on one message would be a 409. */
    @Override
    protected String validCreateBody() {
        return "{\"emoji\": \"👍" + UUID.randomUUID().toString().substring(0, 8) + "\"}";
    }

    @Override
    protected Set<String> itemMethods() {
        return Set.of("GET", "DELETE");
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return TestPrincipal.signUp(client()).authorization();
    }
}
