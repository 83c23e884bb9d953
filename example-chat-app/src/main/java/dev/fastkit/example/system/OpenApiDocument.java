package dev.fastkit.example.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI 3 document generated at build time by micronaut-openapi ({@code META-INF/swagger/openapi.json}),
 * completed once at startup where the generator cannot see through FastKit's generic routes.
 *
 * <p>FastKit's {@code BaseController} binds bodies as {@code JsonNode} (for strict 422 binding), so the generator
 * documents every request body as {@code JsonNode}. Following the schema naming convention, a route answering
 * {@code XRead} takes {@code XCreate} on {@code POST}, {@code XUpdateFull} on {@code PUT} and {@code XUpdatePartial}
 * on {@code PATCH}; a {@code POST} answers 201 and a {@code DELETE} 204; every secured route may answer the RFC 9457
 * problems listed in {@link #PROBLEMS}.
 */
@Singleton
class OpenApiDocument {

    static final String GENERATED = "classpath:META-INF/swagger/openapi.json";
    static final Map<String, String> PROBLEMS = Map.of(
            "401", "No valid bearer token", "404", "Unknown id, or another user's resource",
            "412", "Stale If-Match", "422", "Schema violation (application/problem+json with errors)");

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
        for (Object pathItem : paths.values()) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) pathItem).entrySet()) {
                if (entry.getValue() instanceof Map<?, ?> operation) {
                    completeOperation(entry.getKey(), (Map<String, Object>) operation);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void completeOperation(String method, Map<String, Object> operation) {
        Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses",
                key -> new LinkedHashMap<>());
        Optional<String> resource = resourceName(responses.get("200"));
        if (resource.isPresent() && operation.get("requestBody") instanceof Map<?, ?> body) {
            String suffix = switch (method) {
                case "post" -> "Create";
                case "put" -> "UpdateFull";
                default -> "UpdatePartial";
            };
            for (Object media : ((Map<String, Object>) body.get("content")).values()) {
                ((Map<String, Object>) media).put("schema", reference(resource.get() + suffix));
            }
        }
        if (resource.isPresent() && method.equals("post")) {
            responses.put("201", responses.remove("200"));
        }
        if (method.equals("delete") && responses.remove("200") != null) {
            responses.put("204", Map.of("description", "Deleted, no body"));
        }
        if (resource.isPresent() || method.equals("delete")) {
            PROBLEMS.forEach((status, description) -> responses.putIfAbsent(status, Map.of("description", description,
                    "content", Map.of("application/problem+json", Map.of("schema", Map.of("type", "object"))))));
        }
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
                    && ref.endsWith("Read")) {
                return Optional.of(ref.substring(ref.lastIndexOf('/') + 1, ref.length() - "Read".length()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> reference(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }
}
