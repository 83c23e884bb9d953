package dev.fastkit.example.system;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OperationsTest extends EndToEndTest {

    @Test
    void shouldAnswerHealthUpWithoutAToken() {
        Answer health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldServeTheOpenApiDocumentWithEveryRouteSchemaAndBearerScheme() {
        Answer document = api.get("/openapi.json", null);
        assertThat(document.status()).isEqualTo(200);
        Map<String, Object> openApi = document.json();
        assertThat((String) openApi.get("openapi")).startsWith("3.");
        Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
        assertThat(paths).containsKeys("/chats", "/chats/{id}", "/chats/{chat_id}/messages",
                "/chats/{chat_id}/messages/{id}", "/auth/signup", "/auth/register", "/auth/login", "/auth/refresh",
                "/auth/logout", "/auth/protected", "/users/me");
        Map<String, Object> components = (Map<String, Object>) openApi.get("components");
        assertThat((Map<String, Object>) components.get("schemas")).containsKeys("ChatCreate", "ChatUpdateFull",
                "ChatUpdatePartial", "ChatRead", "MessageCreate", "MessageUpdateFull", "MessageUpdatePartial",
                "MessageRead");
        assertThat((Map<String, Object>) components.get("securitySchemes")).containsKey("bearer");

        Map<String, Object> createChat = (Map<String, Object>) ((Map<String, Object>) paths.get("/chats")).get("post");
        assertThat(createChat.toString()).contains("#/components/schemas/ChatCreate").contains("201=");
        Map<String, Object> patchChat = (Map<String, Object>) ((Map<String, Object>) paths.get("/chats/{id}")).get("patch");
        assertThat(patchChat.toString()).contains("#/components/schemas/ChatUpdatePartial");
        assertThat(document.body()).doesNotContain("JsonNode\"}");
    }

    @Test
    void shouldServeSwaggerUiAtDocs() {
        Answer docs = api.get("/docs", null);
        assertThat(docs.status()).isEqualTo(303);
        Answer page = api.get(docs.header("Location"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/swagger/openapi.json");
        assertThat(api.get("/swagger/openapi.json", null).json()).containsKey("paths");
    }
}
