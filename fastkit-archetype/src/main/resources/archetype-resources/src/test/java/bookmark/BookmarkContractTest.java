package ${package}.bookmark;

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
 * FastKit's CRUD contract, run against {@code /folders/{folder_id}/bookmarks} of a folder the principal owns.
 */
@MicronautTest(transactional = false)
class BookmarkContractTest extends CrudResourceContract {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final Map<Map<String, String>, String> folderOf = new HashMap<>();

    @Override
    protected HttpTestClient client() {
        return new HttpTestClient(server.getURI(), json);
    }

    @Override
    protected String collectionPath(Map<String, String> principal) {
        return folderOf.computeIfAbsent(principal, owner -> {
            HttpTestClient.Call call = client().post("/folders").json("{\"name\": \"Reading\"}");
            owner.forEach(call::header);
            return "/folders/" + call.send().field("id") + "/bookmarks";
        });
    }

    @Override
    protected String validCreateBody() {
        return "{\"url\": \"https://micronaut.io/\", \"title\": \"Micronaut\"}";
    }

    @Override
    protected String validReplaceBody() {
        return "{\"url\": \"https://www.postgresql.org/\", \"title\": \"PostgreSQL\"}";
    }

    @Override
    protected String validPatchBody() {
        return "{\"title\": \"Patched\"}";
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return TestPrincipal.signUp(client()).authorization();
    }
}
