package ${package}.folder;

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
 * FastKit's list contract, run against {@code /folders}: every sort, filter and operator that {@link FolderRead}
 * declares works, every other one answers 422, cursor pages visit every folder once.
 */
@MicronautTest(transactional = false)
class FolderListContractTest extends ListQueryContract {

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
        return "/folders";
    }

    @Override
    protected Class<?> readSchema() {
        return FolderRead.class;
    }

    @Override
    protected String createBody(int index) {
        return "{\"name\": \"Folder " + WORDS.get(index) + "\"}";
    }
}
