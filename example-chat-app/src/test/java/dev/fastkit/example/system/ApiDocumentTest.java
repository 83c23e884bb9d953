package dev.fastkit.example.system;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document FastKit builds for the example (API.md, "Operations"). Each test also writes it to
 * {@code target/openapi.json}, which {@code scripts/lint-openapi.sh} lints.
 */
@MicronautTest
class ApiDocumentTest extends EndToEndTest {

    Map<String, Object> document;

    @BeforeEach
    void readTheDocument() throws IOException {
        Answer answer = api.get("/openapi.json", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), answer.body());
        document = answer.json();
    }

    @Test
    void shouldDocumentEveryRouteOfTheContractOnce() {
        assertThat(map(document, "paths")).containsKeys("/auth/login", "/auth/logout", "/auth/protected",
                "/auth/refresh", "/auth/register", "/auth/signup", "/chats", "/chats/{chat_id}", "/chats/{chat_id}/messages",
                "/chats/{chat_id}/messages/{message_id}", "/health", "/users/me")
                .doesNotContainKeys("/openapi.json", "/docs", "/health/{selector}", "/beans", "/routes");
        assertThat(map(document, "paths", "/chats/{chat_id}")).containsOnlyKeys("get", "put", "patch", "delete");
        assertThat(map(document, "paths", "/auth/protected")).containsOnlyKeys("get", "post");
    }

    @Test
    void shouldTakeTheCreateFullUpdateAndDerivedPartialSchemasAsBodies() {
        assertThat(bodySchema("/chats", "post", "application/json")).isEqualTo(ref("ChatCreate"));
        assertThat(bodySchema("/chats/{chat_id}", "put", "application/json")).isEqualTo(ref("ChatUpdateFull"));
        assertThat(bodySchema("/chats/{chat_id}", "patch", "application/merge-patch+json")).isEqualTo(ref("ChatUpdatePartial"));
        assertThat(bodySchema("/chats/{chat_id}", "patch", "application/json")).isEqualTo(ref("ChatUpdatePartial"));
        assertThat(bodySchema("/chats/{chat_id}/messages", "post", "application/json")).isEqualTo(ref("MessageCreate"));
        assertThat(bodySchema("/auth/signup", "post", "application/json")).isEqualTo(ref("UserCreate"));
        assertThat(bodySchema("/auth/register", "post", "application/json")).isEqualTo(ref("UserCreate"));
        assertThat(bodySchema("/auth/login", "post", "application/x-www-form-urlencoded"))
                .isEqualTo(ref("PasswordGrantForm"));
        assertThat(bodySchema("/users/me", "put", "application/json")).isEqualTo(ref("UserUpdateFull"));
        assertThat(bodySchema("/users/me", "patch", "application/merge-patch+json")).isEqualTo(ref("UserUpdatePartial"));
        assertThat(document.toString()).doesNotContain("JsonNode");
    }

    @Test
    void shouldRequireEveryKeyOfAFullUpdateAndNoKeyOfAPartialOne() {
        assertThat(list(schemas(), "ChatUpdateFull", "required")).containsExactly("title", "description");
        assertThat(list(schemas(), "ChatCreate", "required")).containsExactly("title");
        assertThat(map(schemas(), "ChatUpdatePartial")).doesNotContainKey("required");
        assertThat(map(schemas(), "ChatUpdatePartial", "properties")).containsOnlyKeys("title", "description");
        assertThat(list(schemas(), "UserUpdateFull", "required")).containsExactly("username", "full_name");
    }

    @Test
    void shouldDocumentSnakeCasePropertiesWithTypesConstraintsAndNullability() {
        assertThat(map(schemas(), "ChatRead", "properties")).containsOnlyKeys("id", "title", "description", "user_id",
                "created_at", "updated_at", "messages");
        assertThat(map(schemas(), "ChatRead", "properties", "user_id")).isEqualTo(Map.of("type", "string", "format", "uuid"));
        assertThat(map(schemas(), "ChatRead", "properties", "created_at"))
                .isEqualTo(Map.of("type", "string", "format", "date-time"));
        assertThat(map(schemas(), "ChatRead", "properties", "messages"))
                .isEqualTo(Map.of("type", "array", "items", ref("MessageRead"), "nullable", true));
        assertThat(map(schemas(), "ChatCreate", "properties", "title"))
                .isEqualTo(Map.of("type", "string", "minLength", 1, "maxLength", 200, "pattern", "\\S"));
        assertThat(map(schemas(), "ChatCreate", "properties", "description"))
                .isEqualTo(Map.of("type", "string", "maxLength", 2000, "nullable", true));
        assertThat(map(schemas(), "MessageCreate", "properties", "content"))
                .containsEntry("minLength", 1).containsEntry("maxLength", 4000);
        assertThat(map(schemas(), "Token", "properties", "expires_in")).isEqualTo(Map.of("type", "integer", "format", "int64"));
        assertThat(list(schemas(), "Token", "required")).containsExactly("access_token", "token_type", "expires_in");
    }

    @Test
    void shouldAnswer201ForCreates200ForReadsAndUpdatesAnd204ForDeletes() {
        assertThat(responses("/chats", "post")).containsKey("201").doesNotContainKey("200");
        assertThat(map(responses("/chats", "post"), "201", "headers")).containsOnlyKeys("Location", "ETag");
        assertThat(map(responses("/chats", "post"), "201", "content", "application/json", "schema"))
                .isEqualTo(ref("ChatRead"));
        assertThat(map(responses("/chats", "get"), "200", "headers")).containsOnlyKeys("X-Total-Count", "Link",
                "Preference-Applied");
        assertThat(map(responses("/chats", "get"), "200", "content", "application/json", "schema"))
                .isEqualTo(Map.of("type", "array", "items", ref("ChatRead")));
        assertThat(responses("/chats/{chat_id}", "get")).containsKeys("200", "304");
        assertThat(responses("/chats/{chat_id}", "put")).containsKey("200");
        assertThat(responses("/chats/{chat_id}", "patch")).containsKey("200");
        assertThat(map(responses("/chats/{chat_id}", "delete"), "204")).doesNotContainKey("content");
        assertThat(responses("/auth/signup", "post")).containsKey("201").doesNotContainKey("200");
        assertThat(responses("/auth/register", "post")).containsKey("201").doesNotContainKey("200");
        assertThat(map(responses("/auth/register", "post"), "201", "content", "application/json", "schema"))
                .isEqualTo(ref("UserRead"));
        assertThat(responses("/auth/logout", "post")).containsKey("204").doesNotContainKey("200");
        assertThat(responses("/auth/login", "post")).containsKey("200");
        assertThat(responses("/users/me", "delete")).containsKey("204");
    }

    @Test
    void shouldListTheProblemAnswersOfEachRouteAsProblemJson() {
        assertThat(responses("/chats/{chat_id}", "put")).containsKeys("400", "401", "404", "409", "412", "413", "414",
                "415", "422", "431", "503");
        assertThat(responses("/chats/{chat_id}", "delete")).containsKeys("401", "404", "412", "503")
                .doesNotContainKeys("400", "415", "422");
        assertThat(responses("/chats", "get")).containsKeys("401", "414", "422", "431", "503").doesNotContainKey("404");
        assertThat(responses("/auth/signup", "post")).containsKeys("400", "409", "415", "422")
                .doesNotContainKey("401");
        assertThat(responses("/auth/refresh", "post")).containsKey("401");
        assertThat(responses("/chats/{chat_id}", "put").get("412")).isEqualTo(Map.of("$ref",
                "#/components/responses/PreconditionFailed"));
        Map<String, Object> unauthorized = map(document, "components", "responses", "Unauthorized");
        assertThat(map(unauthorized, "headers")).containsKey("WWW-Authenticate");
        assertThat(map(unauthorized, "content", "application/problem+json", "schema")).isEqualTo(ref("Problem"));
        assertThat(map(schemas(), "Problem", "properties")).containsOnlyKeys("type", "title", "status", "detail",
                "errors");
        assertThat(map(schemas(), "Problem", "properties", "errors", "items")).isEqualTo(ref("FieldError"));
        assertThat(map(schemas(), "FieldError", "properties")).containsOnlyKeys("pointer", "detail");
    }

    @Test
    void shouldNamePathParametersAsTheRoutesDeclareThem() {
        assertThat(parameterNames("/chats/{chat_id}/messages/{message_id}", "get", "path")).containsExactly("chat_id", "message_id");
        assertThat(parameterNames("/chats/{chat_id}/messages", "post", "path")).containsExactly("chat_id");
        assertThat(parameterNames("/chats", "get", "query")).startsWith("skip", "limit");
        assertThat(parameterNames("/chats/{chat_id}", "get", "query")).containsExactly("include", "messages_limit",
                "fields");
        assertThat(parameterNames("/chats/{chat_id}", "put", "header")).containsExactly("If-Match");
        Map<String, Object> messagesLimit = parameters("/chats/{chat_id}", "get").stream()
                .filter(p -> p.get("name").equals("messages_limit")).findFirst().orElseThrow();
        assertThat(map(messagesLimit, "schema")).isEqualTo(Map.of("type", "integer", "format", "int32",
                "minimum", 1, "maximum", 100, "default", 20));
    }

    /** API.md, "Lists": the table of what chats and messages sort, filter and search by. */
    @Test
    void shouldDocumentTheListParametersOfChatsAndMessagesAsTheContractsTableSays() {
        assertThat(parameterNames("/chats", "get", "query")).containsExactly("skip", "limit", "sort",
                "title", "title[ne]", "title[in]", "title[contains]", "title[starts_with]",
                "description[contains]", "description[null]",
                "created_at", "created_at[lt]", "created_at[lte]", "created_at[gt]", "created_at[gte]",
                "updated_at", "updated_at[lt]", "updated_at[lte]", "updated_at[gt]", "updated_at[gte]",
                "q", "fields", "cursor");
        assertThat(parameterNames("/chats/{chat_id}/messages", "get", "query")).containsExactly("skip", "limit",
                "sort", "content[contains]",
                "created_at", "created_at[lt]", "created_at[lte]", "created_at[gt]", "created_at[gte]",
                "updated_at", "updated_at[lt]", "updated_at[lte]", "updated_at[gt]", "updated_at[gte]",
                "q", "fields", "cursor");
        assertThat(sortKeys("/chats")).containsExactlyInAnyOrder("created_at", "-created_at", "updated_at",
                "-updated_at", "title", "-title");
        assertThat(sortKeys("/chats/{chat_id}/messages")).containsExactlyInAnyOrder("created_at", "-created_at",
                "updated_at", "-updated_at");
        assertThat((String) parameter("/chats", "get", "sort").get("description")).contains("Without `sort`: `-created_at`");
        assertThat((String) parameter("/chats/{chat_id}/messages", "get", "sort").get("description"))
                .contains("Without `sort`: `created_at`");
        assertThat((String) parameter("/chats", "get", "q").get("description")).contains("`title`, `description`");
        assertThat((String) parameter("/chats/{chat_id}/messages", "get", "q").get("description")).contains("`content`");
        assertThat(map(parameter("/chats", "get", "fields"), "schema", "items")).isEqualTo(Map.of("type", "string",
                "enum", List.of("id", "title", "description", "user_id", "created_at", "updated_at", "messages")));
        assertThat(map(parameter("/chats/{chat_id}/messages/{message_id}", "get", "fields"), "schema", "items"))
                .isEqualTo(Map.of("type", "string", "enum", List.of("id", "chat_id", "user_id", "content",
                        "created_at", "updated_at")));
    }

    @Test
    void shouldTypeEachListParameterAsTheContractSays() {
        assertThat(map(parameter("/chats", "get", "skip"), "schema")).isEqualTo(Map.of("type", "integer",
                "format", "int64", "minimum", 0, "maximum", Integer.MAX_VALUE, "default", 0));
        assertThat(map(parameter("/chats", "get", "limit"), "schema")).isEqualTo(Map.of("type", "integer",
                "format", "int32", "minimum", 1, "maximum", 100, "default", 50));
        assertThat(map(parameter("/chats", "get", "title"), "schema")).isEqualTo(Map.of("type", "string"));
        assertThat(map(parameter("/chats", "get", "title[in]"), "schema")).isEqualTo(Map.of("type", "string"));
        assertThat(map(parameter("/chats", "get", "title[starts_with]"), "schema"))
                .isEqualTo(Map.of("type", "string", "minLength", 1));
        assertThat(map(parameter("/chats", "get", "description[null]"), "schema")).isEqualTo(Map.of("type", "boolean"));
        assertThat(map(parameter("/chats/{chat_id}/messages", "get", "created_at[gte]"), "schema"))
                .isEqualTo(Map.of("type", "string", "format", "date-time"));
        assertThat(parameter("/chats", "get", "sort")).containsEntry("style", "form").containsEntry("explode", false);
        assertThat(map(parameter("/chats", "get", "cursor"), "schema")).isEqualTo(Map.of("type", "string", "minLength", 1));
        assertThat(parameterNames("/chats", "get", "header")).containsExactly("Prefer");
        assertThat(parameterNames("/chats/{chat_id}/messages", "get", "header")).containsExactly("Prefer");
        for (String list : List.of("/chats", "/chats/{chat_id}/messages")) {
            assertThat(map(responses(list, "get"), "200", "headers")).as(list)
                    .containsOnlyKeys("X-Total-Count", "Link", "Preference-Applied");
            assertThat(responses(list, "get").get("422")).as(list)
                    .isEqualTo(Map.of("$ref", "#/components/responses/UnprocessableContent"));
        }
        assertThat(responses("/chats/{chat_id}/messages/{message_id}", "get")).containsKey("422");
    }

    @Test
    void shouldRequireABearerTokenButOnAnonymousRoutes() {
        assertThat(list(document, "security")).containsExactly(Map.of("bearer", List.of()));
        assertThat(map(document, "components", "securitySchemes", "bearer"))
                .isEqualTo(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"));
        for (String anonymous : List.of("/auth/signup", "/auth/register", "/auth/login", "/auth/refresh",
                "/auth/logout")) {
            assertThat(list(document, "paths", anonymous, "post", "security")).as(anonymous).isEmpty();
        }
        assertThat(responses("/auth/signup", "post")).doesNotContainKey("401");
        assertThat(responses("/auth/logout", "post")).doesNotContainKey("401");
        assertThat(responses("/auth/login", "post")).containsKey("401");
        assertThat(list(document, "paths", "/health", "get", "security")).isEmpty();
        assertThat(map(document, "paths", "/chats", "get")).doesNotContainKey("security");
        assertThat(responses("/chats", "get").get("401")).isEqualTo(Map.of("$ref", "#/components/responses/Unauthorized"));
    }

    @Test
    void shouldGiveEveryOperationASummaryAUniqueIdAndATag() {
        assertThat(operation("/chats", "post").get("summary")).isEqualTo("Create a chat");
        assertThat(operation("/chats/{chat_id}/messages", "get").get("summary")).isEqualTo("List messages");
        assertThat(operation("/chats", "post").get("operationId")).isEqualTo("createChat");
        assertThat(operation("/chats", "post").get("tags")).isEqualTo(List.of("chats"));
        List<Object> ids = map(document, "paths").values().stream()
                .flatMap(item -> ((Map<?, ?>) item).values().stream())
                .<Object>map(op -> ((Map<?, ?>) op).get("operationId"))
                .toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(map(document, "info")).containsEntry("title", "fastkit-example-chat");
        assertThat(list(document, "servers")).containsExactly(Map.of("url", "/"));
    }

    private Map<String, Object> schemas() {
        return map(document, "components", "schemas");
    }

    private Map<String, Object> operation(String path, String method) {
        return map(document, "paths", path, method);
    }

    private Map<String, Object> responses(String path, String method) {
        return map(operation(path, method), "responses");
    }

    private Map<String, Object> bodySchema(String path, String method, String mediaType) {
        return map(operation(path, method), "requestBody", "content", mediaType, "schema");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parameters(String path, String method) {
        return (List<Map<String, Object>>) operation(path, method).getOrDefault("parameters", List.of());
    }

    private List<Object> parameterNames(String path, String method, String in) {
        return parameters(path, method).stream().filter(p -> in.equals(p.get("in"))).map(p -> p.get("name")).toList();
    }

    private Map<String, Object> parameter(String path, String method, String name) {
        return parameters(path, method).stream().filter(p -> p.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + path + " has no parameter " + name));
    }

    private List<Object> sortKeys(String path) {
        return list(parameter(path, "get", "sort"), "schema", "items", "enum");
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = node == null ? null : ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> root, String... keys) {
        Map<String, Object> parent = map(root, Arrays.copyOf(keys, keys.length - 1));
        return parent == null ? null : (List<Object>) parent.get(keys[keys.length - 1]);
    }
}
