package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.openapi.OpenApiConfiguration;
import dev.fastkit.core.query.ListQueryConfiguration;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Internal;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's OpenAPI 3.0.3 document, built once on first use from Micronaut's router (every URI route, the
 * framework's and the service's own, but those of {@link ApiDocsController}) and kept as UTF-8 JSON. Bearer
 * authentication (JWT) is the document's default security requirement; anonymous routes carry {@code security: []}.
 */
@Internal
@Singleton
@Requires(property = OpenApiConfiguration.PREFIX + ".enabled", notEquals = "false")
public final class OpenApiDocument {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String DEFAULT_DESCRIPTION = "Errors are RFC 9457 problem details (`application/problem+json`). "
            + "Request bodies are bound strictly: an unknown or read-only key, a wrong type, a broken constraint or "
            + "`null` where a key is not nullable is a 422 whose `errors` name each failure with a JSON pointer.";

    private static final String SCHEMAS = "#/components/schemas/";

    private final Router router;
    private final Environment environment;
    private final SerdeConfiguration serde;
    private final PaginationConfiguration pagination;
    private final ListQueryConfiguration lists;
    private final SchemaBinder binder;
    private final OpenApiConfiguration configuration;
    private final JsonMapper jsonMapper;
    private volatile byte[] json;

    OpenApiDocument(Router router, Environment environment, SerdeConfiguration serde,
                    PaginationConfiguration pagination, ListQueryConfiguration lists, SchemaBinder binder,
                    OpenApiConfiguration configuration, JsonMapper jsonMapper) {
        this.router = router;
        this.environment = environment;
        this.serde = serde;
        this.pagination = pagination;
        this.lists = lists;
        this.binder = binder;
        this.configuration = configuration;
        this.jsonMapper = jsonMapper;
    }

    /** @return the document as UTF-8 JSON, built on the first call */
    public byte[] json() {
        byte[] built = json;
        if (built == null) {
            synchronized (this) {
                if (json == null) {
                    try {
                        json = jsonMapper.writeValueAsBytes(build());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                built = json;
            }
        }
        return built;
    }

    /** @return the document as a tree of maps and lists */
    Map<String, Object> build() {
        SchemaBuilder schemas = new SchemaBuilder(serde.getPropertyNamingStrategy());
        ProblemResponses problems = new ProblemResponses(schemas);
        OperationBuilder operations = new OperationBuilder(schemas, problems, environment,
                new CrudOperations(schemas, new ListParameters(schemas, binder, pagination, lists)));
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, String> tagPaths = new LinkedHashMap<>();
        Set<String> operationIds = new HashSet<>();
        for (DocumentedRoute route : RouteWalker.walk(router, Set.of(ApiDocsController.class))) {
            if (operations.hidden(route)) {
                continue;
            }
            Map<String, Object> operation = operations.build(route);
            operation.put("operationId", unique((String) operation.get("operationId"), operationIds));
            @SuppressWarnings("unchecked")
            Map<String, Object> pathItem = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    path -> new LinkedHashMap<>());
            pathItem.put(route.method().name().toLowerCase(Locale.ROOT), operation);
            String tag = ((List<?>) operation.get("tags")).get(0).toString();
            tagPaths.merge(tag, route.path(), OpenApiDocument::commonPrefix);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", OPENAPI_VERSION);
        document.put("info", info());
        document.put("servers", List.of(Map.of("url", configuration.getServerUrl())));
        document.put("security", List.of(Map.of("bearer", List.of())));
        document.put("tags", tags(tagPaths));
        document.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        Set<String> used = referenced(paths, schemas.components(), problems.components());
        Map<String, Object> usedSchemas = new TreeMap<>(schemas.components());
        usedSchemas.keySet().retainAll(used);
        components.put("schemas", usedSchemas);
        components.put("responses", problems.components());
        Map<String, Object> bearer = new LinkedHashMap<>();
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("bearerFormat", "JWT");
        components.put("securitySchemes", Map.of("bearer", bearer));
        document.put("components", components);
        return document;
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", firstOf(configuration.getTitle(),
                environment.getProperty("micronaut.application.name", String.class).orElse(null), "API"));
        info.put("version", firstOf(configuration.getVersion(),
                environment.getProperty("micronaut.application.version", String.class).orElse(null), "unversioned"));
        info.put("description", firstOf(configuration.getDescription(), DEFAULT_DESCRIPTION, DEFAULT_DESCRIPTION));
        String license = configuration.getLicenseName();
        if (license != null && !license.isBlank()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", license);
            if (configuration.getLicenseUrl() != null && !configuration.getLicenseUrl().isBlank()) {
                entry.put("url", configuration.getLicenseUrl());
            }
            info.put("license", entry);
        }
        return info;
    }

    private static List<Map<String, Object>> tags(Map<String, String> tagPaths) {
        List<Map<String, Object>> tags = new ArrayList<>();
        tagPaths.forEach((tag, path) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", tag);
            entry.put("description", "The routes under `" + path + "`.");
            tags.add(entry);
        });
        return tags;
    }

    /**
     * @return the names of the schema components reachable from the paths (a schema built for a route that was then
     * documented otherwise, such as a health endpoint's, is left out)
     */
    private static Set<String> referenced(Object paths, Map<String, Object> schemas, Map<String, Object> responses) {
        Set<String> found = new HashSet<>();
        List<Object> pending = new ArrayList<>(List.of(paths));
        pending.addAll(responses.values());
        while (!pending.isEmpty()) {
            Object node = pending.remove(pending.size() - 1);
            if (node instanceof Map<?, ?> map) {
                if (map.get("$ref") instanceof String ref && ref.startsWith(SCHEMAS)
                        && found.add(ref.substring(SCHEMAS.length()))) {
                    pending.add(schemas.get(ref.substring(SCHEMAS.length())));
                }
                pending.addAll(map.values());
            } else if (node instanceof List<?> list) {
                pending.addAll(list);
            }
        }
        return found;
    }

    /** @return the segments two paths start with: {@code /auth} for {@code /auth/login} and {@code /auth/logout} */
    static String commonPrefix(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 1; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
            prefix.append('/').append(left[i]);
        }
        return prefix.isEmpty() ? "/" : prefix.toString();
    }

    private static String unique(String wanted, Set<String> taken) {
        String id = wanted;
        for (int i = 2; !taken.add(id); i++) {
            id = wanted + i;
        }
        return id;
    }

    private static String firstOf(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : fallback;
    }
}
