package dev.fastkit.example.reaction;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactions in the OpenAPI document (API.md, "Operations"): the routes they take and no others, the path
 * parameters named as on API.md, the schemas.
 */
@MicronautTest
class ReactionDocumentTest extends EndToEndTest {

    static final String COLLECTION = "/chats/{chat_id}/messages/{message_id}/reactions";
    static final String ITEM = COLLECTION + "/{reaction_id}";

    Map<String, Object> document;

    @BeforeEach
    void readTheDocument() {
        Answer answer = api.get("/openapi.json", null);
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @Test
    void shouldDocumentOnlyTheRoutesReactionsTake() {
        assertThat(map("paths", COLLECTION)).containsOnlyKeys("get", "post");
        assertThat(map("paths", ITEM)).containsOnlyKeys("get", "delete");
        assertThat(map("components", "schemas")).containsKeys("ReactionCreate", "ReactionRead")
                .doesNotContainKeys("Void", "VoidPartial");
    }

    @Test
    void shouldNameThePathParametersAsApiMdDoes() {
        for (String method : List.of("get", "delete")) {
            assertThat(pathParameters(ITEM, method)).as(method).containsExactly("chat_id", "message_id", "reaction_id");
        }
        assertThat(pathParameters(COLLECTION, "post")).containsExactly("chat_id", "message_id");
    }

    @Test
    void shouldDescribeTheSchemas() {
        assertThat(map("paths", COLLECTION, "post", "requestBody", "content", "application/json", "schema"))
                .isEqualTo(Map.of("$ref", "#/components/schemas/ReactionCreate"));
        assertThat(map("components", "schemas", "ReactionRead", "properties"))
                .containsOnlyKeys("id", "message_id", "chat_id", "user_id", "emoji", "created_at");
        assertThat(map("components", "schemas", "ReactionCreate", "properties")).containsOnlyKeys("emoji");
        assertThat(map("components", "schemas", "ReactionCreate", "properties", "emoji"))
                .containsEntry("minLength", 1).containsEntry("maxLength", 16).containsKey("pattern");
    }

    @SuppressWarnings("unchecked")
    private List<Object> pathParameters(String path, String method) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) map("paths", path, method)
                .getOrDefault("parameters", List.of());
        return parameters.stream().filter(p -> "path".equals(p.get("in"))).map(p -> p.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String... keys) {
        Object node = document;
        for (String key : keys) {
            node = node == null ? null : ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }
}
