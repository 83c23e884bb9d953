package dev.fastkit.example.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI 3 document generated at build time by micronaut-openapi ({@code META-INF/swagger/openapi.json}),
 * completed once at startup where the generator cannot see through FastKit's generic routes.
 *
 * <p>FastKit's base controllers bind bodies as {@code JsonNode} (for strict 422 binding), so the generator documents
 * those request bodies as {@code JsonNode}. Following the schema naming convention, a route answering {@code XRead}
 * takes {@code XCreate} on {@code POST}, {@code XUpdateFull} on {@code PUT} and {@code XUpdatePartial} on
 * {@code PATCH}; {@link #OTHER_BODIES} names the rest. Creates answer 201, deletes and logout 204, and the RFC 9457
 * problem answers each route can give are listed.
 */
@Singleton
class OpenApiDocument {

    static final String GENERATED = "classpath:META-INF/swagger/openapi.json";
    static final Map<String, String> OTHER_BODIES = Map.of("post /auth/signup", "UserCreate",
            "put /users/me", "UserUpdateFull", "patch /users/me", "UserUpdatePartial");
    static final Set<String> ANONYMOUS = Set.of("/auth/signup", "/auth/register", "/auth/logout", "/auth/refresh");

    private final byte[] json;

    OpenApiDocument(ResourceResolver resources, JsonMapper jsonMapper) throws IOException {
        try (InputStream in = resources.getResourceAsStream(GENERATED)
                .orElseThrow(() -> new IllegalStateException(GENERATED + " missing: build with micronaut-openapi"))) {
            Map<String, Object> document = jsonMapper.readValue(in, Argument.mapOf(String.class, Object.class));
            complete(document);
            this.json = jsonMapper.writeValueAsBytes(document);
        }
    }

    /** @return the completed document as UTF-8 JSON */
    byte[] json() {
        return json.clone();
    }

    @SuppressWarnings("unchecked")
    private static void complete(Map<String, Object> document) {
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        paths.forEach((path, pathItem) -> ((Map<String, Object>) pathItem).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?>) {
                completeOperation(path, method, (Map<String, Object>) operation);
            }
        }));
        if (document.get("components") instanceof Map<?, ?> components
                && components.get("schemas") instanceof Map<?, ?> schemas) {
            schemas.remove("JsonNode");
        }
    }

    @SuppressWarnings("unchecked")
    private static void completeOperation(String path, String method, Map<String, Object> operation) {
        Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses",
                key -> new LinkedHashMap<>());
        Optional<String> resource = resourceName(responses.get("200"));
        Optional<String> bodySchema = Optional.ofNullable(OTHER_BODIES.get(method + " " + path))
                .or(() -> resource.map(name -> name + switch (method) {
                    case "post" -> "Create";
                    case "put" -> "UpdateFull";
                    default -> "UpdatePartial";
                }));
        if (bodySchema.isPresent() && operation.get("requestBody") instanceof Map<?, ?> body
                && body.toString().contains("JsonNode")) {
            for (Object media : ((Map<String, Object>) body.get("content")).values()) {
                ((Map<String, Object>) media).put("schema", Map.of("$ref", "#/components/schemas/" + bodySchema.get()));
            }
        }
        if (method.equals("post") && responses.containsKey("200") && (resource.isPresent() || path.equals("/auth/signup"))) {
            responses.put("201", responses.remove("200"));
        }
        if ((method.equals("delete") || path.equals("/auth/logout")) && responses.remove("200") != null) {
            responses.put("204", Map.of("description", "Done, no body"));
        }
        if (!ANONYMOUS.contains(path) || path.equals("/auth/refresh")) {
            problem(responses, "401", "No valid bearer token (refresh: no valid refresh cookie)");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Unknown id, or another user's resource");
        }
        if (Set.of("put", "patch", "delete").contains(method)) {
            problem(responses, "412", "Stale If-Match");
        }
        if (operation.containsKey("requestBody") || operation.containsKey("parameters")) {
            problem(responses, "422", "Schema violation: the errors list JSON pointers or parameter names");
        }
    }

    private static void problem(Map<String, Object> responses, String status, String description) {
        responses.putIfAbsent(status, Map.of("description", description,
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("type", "object")))));
    }

    /** @return "Chat" for an answer whose body is a ChatRead or an array of them */
    @SuppressWarnings("unchecked")
    private static Optional<String> resourceName(Object response) {
        if (!(response instanceof Map<?, ?> map) || !(map.get("content") instanceof Map<?, ?> content)) {
            return Optional.empty();
        }
        for (Object media : content.values()) {
            Object schema = ((Map<String, Object>) media).get("schema");
            if (schema instanceof Map<?, ?> schemaMap && schemaMap.get("items") instanceof Map<?, ?> items) {
                schema = items;
            }
            if (schema instanceof Map<?, ?> schemaMap && schemaMap.get("$ref") instanceof String ref
                    && ref.endsWith("Read") && !ref.endsWith("/UserRead") && !ref.endsWith("/PrincipalRead")) {
                return Optional.of(ref.substring(ref.lastIndexOf('/') + 1, ref.length() - "Read".length()));
            }
        }
        return Optional.empty();
    }
}
