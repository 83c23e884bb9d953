package dev.fastkit.core.web;

import dev.fastkit.test.CrudResourceContract;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/** The nested test resource keeps the CRUD contract that FastKit ships for every resource. */
@MicronautTest(environments = "test", transactional = false)
class NoteContractTest extends CrudResourceContract {

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
        HttpTestClient.Call call = client().post("/notebooks").json("{\"title\": \"" + UUID.randomUUID() + "\"}");
        principal.forEach(call::header);
        return "/notebooks/" + call.send().field("id") + "/notes";
    }

    @Override
    protected String validCreateBody() {
        return "{\"body\": \"hello\"}";
    }

    @Override
    protected String validReplaceBody() {
        return "{\"body\": \"replaced\"}";
    }

    @Override
    protected String validPatchBody() {
        return "{\"body\": \"patched\"}";
    }

    @Override
    protected Map<String, String> newPrincipal() {
        return Map.of("X-Test-Principal", UUID.randomUUID().toString());
    }
}
