package dev.fastkit.example.chat;

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
 * FastKit's list contract, run against {@code /chats} as {@link ChatRead} declares it.
 */
@MicronautTest(transactional = false)
class ChatListContractTest extends ListQueryContract {

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
        return "/chats";
    }

    @Override
    protected Class<?> readSchema() {
        return ChatRead.class;
    }

    @Override
    protected String createBody(int index) {
        String word = WORDS.get(index);
        String description = index % 2 == 0 ? "\"plans for " + word + "s weekend\"" : "null";
        return "{\"title\": \"Chat " + word + "\", \"description\": " + description + "}";
    }
}
