package ${package}.folder;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * FastKit's CRUD contract, run against {@code /folders}.
 */
@MicronautTest(transactional = false)
class FolderContractTest extends CrudResourceContract {

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
        return "/folders";
    }

    @Override
    protected String validCreateBody() {
        return "{\"name\": \"Reading\"}";
    }

    @Override
    protected String validReplaceBody() {
        return "{\"name\": \"Later\"}";
    }

    @Override
    protected String validPatchBody() {
        return "{\"name\": \"Patched\"}";
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return TestPrincipal.signUp(client()).authorization();
    }
}
