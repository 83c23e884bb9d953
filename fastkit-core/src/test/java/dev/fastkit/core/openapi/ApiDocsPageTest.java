package dev.fastkit.core.openapi;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class ApiDocsPageTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    HttpTestClient http;

    @BeforeEach
    void connect() {
        http = new HttpTestClient(server.getURI(), jsonMapper);
    }

    @Test
    void shouldAnswerTheSwaggerUiPageAsHtmlToABrowserWithoutCredentials() {
        HttpTestClient.Reply page = http.get("/docs").header("Accept", BROWSER_ACCEPT).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("SwaggerUIBundle({url: \"/openapi.json\"");
        assertThat(http.get("/docs").header("Accept", "text/html").send().status()).isEqualTo(200);
    }

    @Test
    void shouldServeEveryAssetThePageReferencesWithItsContentType() {
        List<String> assets = referencedAssets(http.get("/docs").send().body());

        assertThat(assets).anyMatch(path -> path.endsWith("/swagger-ui-bundle.js"))
                .anyMatch(path -> path.endsWith("/swagger-ui.css"));
        for (String asset : assets) {
            HttpTestClient.Reply reply = http.get(asset).send();
            assertThat(reply.status()).as(asset).isEqualTo(200);
            String expected = asset.endsWith(".js") ? "javascript" : asset.endsWith(".css") ? "text/css" : "image/png";
            assertThat(reply.header("Content-Type")).as(asset).contains(expected);
            assertThat(reply.body()).as(asset).isNotEmpty();
        }
    }

    @Test
    void shouldAnswerAnUnknownAssetOrVersionWithA404Problem() {
        String bundle = referencedAssets(http.get("/docs").send().body()).stream()
                .filter(path -> path.endsWith("/swagger-ui-bundle.js")).findFirst().orElseThrow();
        String folder = bundle.substring(0, bundle.lastIndexOf('/') + 1);

        for (String path : List.of(folder + "no-such-file.js", "/docs/swagger-ui/0.0.1/swagger-ui-bundle.js",
                folder + "..%2F..%2Fpom.properties", folder + ".hidden")) {
            HttpTestClient.Reply reply = http.get(path).send();
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(reply.field("status")).as(path).isEqualTo("404");
        }
    }

    static List<String> referencedAssets(String page) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        return assets;
    }
}
