package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.internal.idempotency.IdempotentCreates;
import dev.fastkit.core.internal.service.TypeArguments;
import dev.fastkit.core.openapi.Summary;
import dev.fastkit.core.schema.JsonMergePatch;
import dev.fastkit.core.web.BaseController;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Completes the six routes of a {@link BaseController} subclass (also where the subclass overrides one) from its type
 * arguments {@code <E, C, U, R>}: {@code POST} takes {@code C} and answers 201 with {@code Location} and {@code ETag};
 * {@code GET} one answers {@code R} with {@code ETag} and takes {@code fields}; the list answers an array of
 * {@code R} with {@code X-Total-Count}, {@code Link} and {@code Preference-Applied} and takes the list parameters
 * {@code R} declares ({@link ListParameters}); {@code PUT} takes {@code U} with every key
 * required; {@code PATCH} takes a merge patch of {@code U} (the same properties, none required) as
 * {@code application/merge-patch+json} or {@code application/json}; {@code DELETE} answers 204.
 */
@Internal
final class CrudOperations {

    private static final Set<String> METHODS = Set.of("create", "get", "list", "replace", "patch", "delete");

    private final SchemaBuilder schemas;
    private final ListParameters lists;

    CrudOperations(SchemaBuilder schemas, ListParameters lists) {
        this.schemas = schemas;
        this.lists = lists;
    }

    /** @return whether the route is one of {@code BaseController}'s six, inherited or overridden */
    boolean documents(DocumentedRoute route) {
        if (!BaseController.class.isAssignableFrom(route.beanType()) || !METHODS.contains(route.methodName())) {
            return false;
        }
        try {
            BaseController.class.getMethod(route.methodName(), route.route().getTargetMethod().getArgumentTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Replaces what the generic description could not see through the type variables.
     *
     * @param route      one of the six routes
     * @param operation  its operation, changed in place
     * @param parameters its parameters, changed in place
     * @param responses  its responses so far, changed in place
     */
    void complete(DocumentedRoute route, Map<String, Object> operation, List<Map<String, Object>> parameters,
                  Map<String, Object> responses) {
        Class<?>[] types = TypeArguments.of(route.beanType(), BaseController.class);
        Class<?> create = types[1];
        Class<?> update = types[2];
        Class<?> read = types[3];
        String singular = Naming.words(types[0].getSimpleName()).toLowerCase(Locale.ROOT);
        String plural = Naming.words(Naming.lastLiteralSegment(route.path())).toLowerCase(Locale.ROOT);
        Map<String, Object> readSchema = schemas.reference(read, SchemaBuilder.Variant.DEFAULT);
        responses.clear();
        String summary;
        switch (route.methodName()) {
            case "create" -> {
                summary = "Create " + Naming.withArticle(singular);
                operation.put("requestBody", requestBody(schemas.reference(create, SchemaBuilder.Variant.DEFAULT),
                        List.of(MediaType.APPLICATION_JSON)));
                Map<String, Object> created = answer("Created.", readSchema);
                created.put("headers", headers(HttpHeaders.LOCATION, "The new resource's path.",
                        HttpHeaders.ETAG, "The new resource's entity tag, for If-Match."));
                responses.put("201", created);
                parameters.add(idempotencyKey());
            }
            case "get" -> {
                summary = "Read " + Naming.withArticle(singular);
                responses.put("200", withEntityTag(answer("The " + singular + ".", readSchema)));
                List<Map<String, Object>> query = new ArrayList<>(lists.includes(read));
                query.add(lists.fields(read));
                replace(parameters, query);
            }
            case "list" -> {
                summary = "List " + plural;
                Map<String, Object> array = SchemaBuilder.typed("array", null);
                array.put("items", readSchema);
                Map<String, Object> page = answer("One page of " + plural + ".", array);
                page.put("headers", ListParameters.pageHeaders());
                responses.put("200", page);
                replace(parameters, lists.list(read));
            }
            case "replace" -> {
                summary = "Replace " + Naming.withArticle(singular);
                operation.put("requestBody", requestBody(schemas.reference(update, SchemaBuilder.Variant.ALL_KEYS),
                        List.of(MediaType.APPLICATION_JSON)));
                responses.put("200", withEntityTag(answer("The updated " + singular + ".", readSchema)));
            }
            case "patch" -> {
                summary = "Patch " + Naming.withArticle(singular);
                operation.put("description", "A JSON Merge Patch (RFC 7396): only the keys sent change; null "
                        + "clears a nullable key. Also accepted as application/json.");
                operation.put("requestBody", requestBody(schemas.reference(update, SchemaBuilder.Variant.PARTIAL),
                        List.of(JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON)));
                responses.put("200", withEntityTag(answer("The updated " + singular + ".", readSchema)));
            }
            default -> {
                summary = "Delete " + Naming.withArticle(singular);
                responses.put("204", Map.of("description", "Deleted; no body."));
            }
        }
        operation.put("summary", route.metadata().stringValue(Summary.class).orElse(summary));
        operation.put("operationId", route.methodName().equals("list") ? Naming.camel("list " + plural)
                : Naming.camel(route.methodName() + " " + Naming.words(types[0].getSimpleName())));
    }

    /** The optional {@code Idempotency-Key} header of a create (see {@link IdempotentCreates}). */
    private static Map<String, Object> idempotencyKey() {
        Map<String, Object> schema = SchemaBuilder.typed("string", null);
        schema.put("minLength", 1);
        schema.put("maxLength", IdempotentCreates.MAX_LENGTH);
        schema.put("pattern", "^[ -~]+$");
        Map<String, Object> parameter = Parameters.parameter(IdempotentCreates.HEADER, "header", false, schema);
        parameter.put("description", "Makes the create safe to repeat: a repeat with the same key and body within "
                + "24 hours (by default) creates nothing and answers the first answer again; the same key with another "
                + "body is a 422, a repeat while the first is still being processed a 409. Keys are per user.");
        return parameter;
    }

    static Map<String, Object> requestBody(Map<String, Object> schema, List<String> mediaTypes) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, Map.of("schema", schema));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("required", true);
        body.put("content", content);
        return body;
    }

    /**
     * Adds the generated route's parameters, in place of any of the same name and location that a subclass's override
     * declares (header names compared regardless of case).
     */
    private static void replace(List<Map<String, Object>> parameters, List<Map<String, Object>> generated) {
        for (Map<String, Object> parameter : generated) {
            String name = (String) parameter.get("name");
            boolean header = "header".equals(parameter.get("in"));
            parameters.removeIf(p -> parameter.get("in").equals(p.get("in"))
                    && (header ? name.equalsIgnoreCase((String) p.get("name")) : name.equals(p.get("name"))));
        }
        parameters.addAll(generated);
    }

    private static Map<String, Object> answer(String description, Map<String, Object> schema) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("description", description);
        answer.put("content", Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema)));
        return answer;
    }

    private static Map<String, Object> withEntityTag(Map<String, Object> answer) {
        answer.put("headers", headers(HttpHeaders.ETAG, "The entity tag of the version answered, for If-Match."));
        return answer;
    }

    private static Map<String, Object> headers(String... namesAndDescriptions) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("description", namesAndDescriptions[i + 1]);
            header.put("schema", SchemaBuilder.typed("string", null));
            headers.put(namesAndDescriptions[i], header);
        }
        return headers;
    }
}
