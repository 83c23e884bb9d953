package dev.fastkit.core.openapi;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class OpenApiDocumentTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    JsonNode document;

    @BeforeEach
    void readTheDocument() throws IOException {
        HttpTestClient.Reply reply = new HttpTestClient(server.getURI(), jsonMapper).get("/openapi.json").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), reply.body());
        document = reply.json();
    }

    @Test
    void shouldDescribeAnOpenApi3DocumentWithInfoServersAndBearerScheme() {
        assertThat(at("openapi").getStringValue()).startsWith("3.0");
        assertThat(at("info", "title").getStringValue()).isEqualTo("fastkit-core-test");
        assertThat(at("servers").get(0).get("url").getStringValue()).isEqualTo("/");
        assertThat(at("components", "securitySchemes", "bearer", "scheme").getStringValue()).isEqualTo("bearer");
        assertThat(at("security").get(0).get("bearer")).isNotNull();
    }

    @Test
    void shouldTakeTheCreateTheFullUpdateAndADerivedMergePatchSchemaAsBodies() {
        assertThat(ref(at("paths", "/notebooks", "post", "requestBody", "content", "application/json", "schema")))
                .isEqualTo("NotebookCreate");
        assertThat(ref(at("paths", "/notebooks/{notebook_id}", "put", "requestBody", "content", "application/json", "schema")))
                .isEqualTo("NotebookUpdate");
        JsonNode patch = at("paths", "/notebooks/{notebook_id}", "patch", "requestBody", "content");
        assertThat(names(patch)).containsExactly("application/merge-patch+json", "application/json");
        assertThat(ref(patch.get("application/merge-patch+json").get("schema"))).isEqualTo("NotebookUpdatePartial");
        assertThat(ref(patch.get("application/json").get("schema"))).isEqualTo("NotebookUpdatePartial");
        assertThat(ref(at("paths", "/notebooks/{notebook_id}/notes", "post", "requestBody", "content",
                "application/json", "schema"))).isEqualTo("NoteCreate");
    }

    @Test
    void shouldRequireEveryKeyOfTheFullUpdateNoKeyOfThePatchAndTheNonNullableKeysOfTheCreate() {
        assertThat(strings(at("components", "schemas", "NotebookUpdate", "required"))).containsExactly("title", "description");
        assertThat(strings(at("components", "schemas", "NotebookCreate", "required"))).containsExactly("title");
        assertThat(at("components", "schemas", "NotebookUpdatePartial").get("required")).isNull();
        assertThat(names(at("components", "schemas", "NotebookUpdatePartial", "properties")))
                .containsExactly("title", "description");
    }

    @Test
    void shouldNamePropertiesInSnakeCaseWithTheirTypesConstraintsAndNullability() {
        JsonNode read = at("components", "schemas", "NotebookRead", "properties");
        assertThat(names(read)).containsExactly("id", "title", "description", "owner_id", "created_at", "updated_at");
        assertThat(read.get("owner_id").get("format").getStringValue()).isEqualTo("uuid");
        assertThat(read.get("created_at").get("format").getStringValue()).isEqualTo("date-time");
        assertThat(read.get("description").get("nullable").getBooleanValue()).isTrue();
        assertThat(read.get("title").get("nullable")).isNull();
        JsonNode title = at("components", "schemas", "NotebookCreate", "properties", "title");
        assertThat(title.get("type").getStringValue()).isEqualTo("string");
        assertThat(title.get("minLength").getIntValue()).isEqualTo(1);
        assertThat(title.get("maxLength").getIntValue()).isEqualTo(200);
        assertThat(at("components", "schemas", "NoteCreate", "properties", "body", "maxLength").getIntValue())
                .isEqualTo(1000);
    }

    @Test
    void shouldAnswer201WithLocationAndETag200WithETagAndTheListWithTotalCountAnd204() {
        JsonNode created = at("paths", "/notebooks", "post", "responses", "201");
        assertThat(names(created.get("headers"))).containsExactly("Location", "ETag");
        assertThat(ref(created.get("content").get("application/json").get("schema"))).isEqualTo("NotebookRead");
        assertThat(at("paths", "/notebooks", "post", "responses").get("200")).isNull();
        assertThat(names(at("paths", "/notebooks/{notebook_id}", "get", "responses", "200", "headers"))).containsExactly("ETag");
        assertThat(at("paths", "/notebooks/{notebook_id}", "get", "responses", "304")).isNotNull();
        JsonNode list = at("paths", "/notebooks", "get", "responses", "200");
        assertThat(names(list.get("headers"))).containsExactly("X-Total-Count", "Link", "Preference-Applied");
        assertThat(list.get("content").get("application/json").get("schema").get("type").getStringValue()).isEqualTo("array");
        assertThat(ref(list.get("content").get("application/json").get("schema").get("items"))).isEqualTo("NotebookRead");
        JsonNode deleted = at("paths", "/notebooks/{notebook_id}", "delete", "responses");
        assertThat(names(deleted)).contains("204").doesNotContain("200");
        assertThat(deleted.get("204").get("content")).isNull();
    }

    @Test
    void shouldOfferTheOptionalIdempotencyKeyHeaderOnEveryCreate() {
        for (String path : List.of("/notebooks", "/notebooks/{notebook_id}/notes")) {
            JsonNode key = null;
            for (JsonNode parameter : at("paths", path, "post", "parameters").values()) {
                if (parameter.get("in").getStringValue().equals("header")) {
                    key = parameter;
                }
            }
            assertThat(key).as(path).isNotNull();
            assertThat(key.get("name").getStringValue()).isEqualTo("Idempotency-Key");
            assertThat(key.get("required")).isNull();
            assertThat(key.get("schema").get("maxLength").getIntValue()).isEqualTo(255);
            assertThat(names(at("paths", path, "post", "responses"))).contains("400", "409", "422");
        }
    }

    @Test
    void shouldListTheProblemAnswersEachRouteCanGive() {
        assertThat(names(at("paths", "/notebooks/{notebook_id}", "patch", "responses"))).containsExactly("200", "400", "401",
                "404", "409", "412", "413", "414", "415", "422", "431", "503");
        assertThat(names(at("paths", "/notebooks/{notebook_id}", "get", "responses"))).containsExactly("200", "304", "401",
                "404", "414", "422", "431", "503");
        assertThat(names(at("paths", "/notebooks", "get", "responses"))).containsExactly("200", "401", "414", "422",
                "431", "503");
        assertThat(at("paths", "/notebooks/{notebook_id}", "delete", "responses", "412", "$ref").getStringValue())
                .isEqualTo("#/components/responses/PreconditionFailed");
        JsonNode unauthorized = at("components", "responses", "Unauthorized");
        assertThat(names(unauthorized.get("headers"))).containsExactly("WWW-Authenticate");
        assertThat(ref(unauthorized.get("content").get("application/problem+json").get("schema"))).isEqualTo("Problem");
        assertThat(names(at("components", "schemas", "Problem", "properties")))
                .containsExactly("type", "title", "status", "detail", "errors");
        assertThat(ref(at("components", "schemas", "Problem", "properties", "errors", "items"))).isEqualTo("FieldError");
    }

    @Test
    void shouldNameTheParentAsTheRouteDeclaresItTheIdAfterTheResourceAndDocumentThePageParameters() {
        JsonNode parameters = at("paths", "/notebooks/{notebook_id}/notes/{note_id}", "put", "parameters");
        List<String> path = new ArrayList<>();
        parameters.values().forEach(p -> {
            if (p.get("in").getStringValue().equals("path")) {
                path.add(p.get("name").getStringValue());
            }
        });
        assertThat(path).containsExactly("notebook_id", "note_id");
        JsonNode list = at("paths", "/notebooks", "get", "parameters");
        assertThat(list.get(0).get("name").getStringValue()).isEqualTo("skip");
        assertThat(list.get(1).get("name").getStringValue()).isEqualTo("limit");
        assertThat(list.get(1).get("schema").get("maximum").getIntValue()).isEqualTo(100);
        assertThat(list.get(1).get("schema").get("default").getIntValue()).isEqualTo(50);
    }

    @Test
    void shouldDocumentEveryListParameterTheReadSchemaDeclaresOneFilterParameterPerOperator() {
        assertThat(queryParameterNames("/notebooks", "get")).containsExactly("skip", "limit", "sort",
                "title", "title[ne]", "title[in]", "title[contains]", "title[starts_with]",
                "description", "description[ne]", "description[contains]", "description[null]",
                "owner_id", "owner_id[in]",
                "created_at", "created_at[lt]", "created_at[lte]", "created_at[gt]", "created_at[gte]",
                "updated_at", "updated_at[lt]", "updated_at[lte]", "updated_at[gt]", "updated_at[gte]",
                "q", "fields", "cursor");
        assertThat(queryParameterNames("/notebooks/{notebook_id}/notes", "get")).containsExactly("skip", "limit",
                "sort", "body[contains]", "q", "fields", "cursor");
        JsonNode skip = parameter("/notebooks", "get", "skip").get("schema");
        assertThat(skip.get("minimum").getIntValue()).isZero();
        assertThat(skip.get("default").getIntValue()).isZero();
        JsonNode limit = parameter("/notebooks", "get", "limit").get("schema");
        assertThat(limit.get("type").getStringValue()).isEqualTo("integer");
        assertThat(limit.get("minimum").getIntValue()).isEqualTo(1);
        assertThat(limit.get("maximum").getIntValue()).isEqualTo(100);
        assertThat(limit.get("default").getIntValue()).isEqualTo(50);
    }

    @Test
    void shouldOfferTheSortKeysWithAndWithoutMinusAndTheFieldNamesAsCommaSeparatedLists() {
        JsonNode sort = parameter("/notebooks", "get", "sort");
        assertThat(sort.get("style").getStringValue()).isEqualTo("form");
        assertThat(sort.get("explode").getBooleanValue()).isFalse();
        assertThat(sort.get("schema").get("type").getStringValue()).isEqualTo("array");
        assertThat(strings(sort.get("schema").get("items").get("enum"))).containsExactly("title", "-title",
                "description", "-description", "created_at", "-created_at", "updated_at", "-updated_at");
        assertThat(sort.get("description").getStringValue()).contains("Without `sort`: `-created_at`");
        assertThat(strings(parameter("/notebooks/{notebook_id}/notes", "get", "sort").get("schema").get("items")
                .get("enum"))).containsExactly("created_at", "-created_at");
        JsonNode fields = parameter("/notebooks", "get", "fields");
        assertThat(fields.get("explode").getBooleanValue()).isFalse();
        assertThat(strings(fields.get("schema").get("items").get("enum"))).containsExactly("id", "title",
                "description", "owner_id", "created_at", "updated_at");
        assertThat(strings(parameter("/notebooks/{notebook_id}", "get", "fields").get("schema").get("items")
                .get("enum"))).containsExactly("id", "title", "description", "owner_id", "created_at", "updated_at");
        assertThat(queryParameterNames("/notebooks/{notebook_id}", "get")).containsExactly("fields");
        assertThat(queryParameterNames("/notebooks/{notebook_id}", "put")).isEmpty();
    }

    @Test
    void shouldTypeEachFilterAsItsFieldInAsCommaSeparatedTextAndNullAsABoolean() {
        assertThat(schemaOf("/notebooks", "title")).containsExactly("type=string");
        assertThat(schemaOf("/notebooks", "title[contains]")).containsExactly("type=string", "minLength=1");
        assertThat(schemaOf("/notebooks", "owner_id")).containsExactly("type=string", "format=uuid");
        assertThat(schemaOf("/notebooks", "owner_id[in]")).containsExactly("type=string");
        assertThat(parameter("/notebooks", "get", "owner_id[in]").get("description").getStringValue())
                .contains("comma-separated", "each a UUID");
        assertThat(schemaOf("/notebooks", "created_at[gte]")).containsExactly("type=string", "format=date-time");
        assertThat(schemaOf("/notebooks", "description[null]")).containsExactly("type=boolean");
        assertThat(schemaOf("/notebooks", "q")).containsExactly("type=string", "minLength=1", "maxLength=500",
                "pattern=\\S");
        assertThat(schemaOf("/notebooks", "cursor")).containsExactly("type=string", "minLength=1");
        assertThat(parameter("/notebooks", "get", "title[ne]").get("required")).isNull();
    }

    @Test
    void shouldTakePreferCountNoneAndAnswerTheCountTheNextLinkAndTheAppliedPreference() {
        JsonNode prefer = parameter("/notebooks", "get", "Prefer");
        assertThat(prefer.get("in").getStringValue()).isEqualTo("header");
        assertThat(prefer.get("description").getStringValue()).contains("count=none");
        JsonNode headers = at("paths", "/notebooks", "get", "responses", "200", "headers");
        assertThat(headers.get("X-Total-Count").get("schema").get("type").getStringValue()).isEqualTo("integer");
        assertThat(headers.get("Link").get("description").getStringValue()).contains("rel=\"next\"");
        assertThat(strings(headers.get("Preference-Applied").get("schema").get("enum"))).containsExactly("count=none");
        assertThat(at("paths", "/notebooks", "get", "responses", "422", "$ref").getStringValue())
                .isEqualTo("#/components/responses/UnprocessableContent");
        assertThat(names(at("paths", "/notebooks/{notebook_id}/notes", "get", "responses", "200", "headers")))
                .containsExactly("X-Total-Count", "Link", "Preference-Applied");
    }

    @Test
    void shouldMarkAnonymousRoutesAndLeaveTheDocumentationRoutesOut() {
        assertThat(at("paths", "/test-failures/connection", "get", "security").size()).isZero();
        assertThat(at("paths", "/notebooks", "get").get("security")).isNull();
        assertThat(names(at("paths"))).doesNotContain("/openapi.json", "/docs");
        assertThat(names(at("paths"))).noneMatch(path -> path.startsWith("/docs/"));
        assertThat(at("paths", "/notebooks", "post", "summary").getStringValue()).isEqualTo("Create a notebook");
        assertThat(at("paths", "/notebooks/{notebook_id}/notes", "get", "summary").getStringValue()).isEqualTo("List notes");
        assertThat(strings(at("paths", "/notebooks/{notebook_id}/notes", "get", "tags"))).containsExactly("notes");
    }

    @Test
    void shouldDocumentTheDeclaredAccessOfEachGeneratedRoute() {
        JsonNode anonymousGet = at("paths", "/bulletins/{bulletin_id}", "get");
        JsonNode anonymousList = at("paths", "/bulletins", "get");
        JsonNode editorsOnly = at("paths", "/bulletins", "post");

        assertThat(anonymousGet.get("security").size()).isZero();
        assertThat(names(anonymousGet.get("responses"))).doesNotContain("401", "403");
        assertThat(anonymousList.get("security").size()).isZero();
        assertThat(editorsOnly.get("security")).isNull();
        assertThat(names(editorsOnly.get("responses"))).contains("401", "403");
        assertThat(at("components", "responses", "Forbidden")).isNotNull();
        assertThat(at("paths", "/notebooks", "get").get("security")).isNull();
        assertThat(names(at("paths", "/notebooks", "get", "responses"))).contains("401").doesNotContain("403");
    }

    @Test
    void shouldDocumentARouteCarryingTheComposedAnnotationAsAuthenticated() {
        JsonNode copy = at("paths", "/bulletins/{bulletin_id}/copies", "post");

        assertThat(copy.get("security")).isNull();
        assertThat(names(copy.get("responses"))).contains("401");
    }

    private List<String> queryParameterNames(String path, String method) {
        List<String> names = new ArrayList<>();
        JsonNode parameters = at("paths", path, method).get("parameters");
        if (parameters != null) {
            parameters.values().forEach(p -> {
                if (p.get("in").getStringValue().equals("query")) {
                    names.add(p.get("name").getStringValue());
                }
            });
        }
        return names;
    }

    private JsonNode parameter(String path, String method, String name) {
        for (JsonNode parameter : at("paths", path, method, "parameters").values()) {
            if (parameter.get("name").getStringValue().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError(method + " " + path + " has no parameter " + name);
    }

    /** @return the list route's parameter's schema as {@code key=value} texts, in order */
    private List<String> schemaOf(String path, String name) {
        List<String> keywords = new ArrayList<>();
        parameter(path, "get", name).get("schema").entries()
                .forEach(entry -> keywords.add(entry.getKey() + "=" + entry.getValue().coerceStringValue()));
        return keywords;
    }

    private static String ref(JsonNode schema) {
        assertThat(schema).isNotNull();
        String ref = schema.get("$ref").getStringValue();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private JsonNode at(String... keys) {
        JsonNode node = document;
        for (String key : keys) {
            assertThat(node).as("parent of %s", key).isNotNull();
            node = node.get(key);
        }
        assertThat(node).as(String.join("/", keys)).isNotNull();
        return node;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }
}
