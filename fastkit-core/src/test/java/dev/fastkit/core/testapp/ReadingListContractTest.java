package dev.fastkit.core.testapp;

import dev.fastkit.core.testapp.ReadingSchemas.ReadingRead;
import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.ListQueryContract;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/** fastkit-test's list contract over numbers, decimals, an enum and dates, as {@link ReadingRead} declares them. */
@MicronautTest(environments = "test", transactional = false)
class ReadingListContractTest extends ListQueryContract {

    private static final String[] KINDS = {"ESTIMATE", "GAUGE", "METER"};

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
        return "/readings";
    }

    @Override
    protected Class<?> readSchema() {
        return ReadingRead.class;
    }

    @Override
    protected int rowCount() {
        return 6;
    }

    @Override
    protected String createBody(int index) {
        return "{\"label\": \"Reading " + index + "\", \"amount\": " + (index * 10 - 20)
                + ", \"weight\": " + (index % 2 == 0 ? "null" : index + ".25")
                + ", \"kind\": \"" + KINDS[index % 3] + "\""
                + ", \"taken_on\": " + (index % 3 == 0 ? "null" : "\"2026-0" + (index + 1) + "-15\"") + "}";
    }
}
