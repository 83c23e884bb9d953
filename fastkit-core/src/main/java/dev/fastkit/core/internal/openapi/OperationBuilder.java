package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.internal.web.RouteAccessRule;
import dev.fastkit.core.openapi.Problems;
import dev.fastkit.core.openapi.RequestSchema;
import dev.fastkit.core.openapi.Summary;
import dev.fastkit.core.web.RouteAccess;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Documents one route from what Micronaut knows of it: its parameters ({@link Parameters}); the {@code @Body} type
 * (or {@link RequestSchema}) as the request body in each consumed media type; the response body type as the answer,
 * with the status of {@code @Status}, else 204 for a {@code Void} body, else 200; {@code @Secured(IS_ANONYMOUS)}, or
 * for a generated route of {@code BaseController} its declared {@link RouteAccess#anonymous()}, as
 * {@code security: []} (a route that needs a role also documents 403); and the problem answers the route can give,
 * with those of {@link Problems}.
 * {@link CrudOperations} completes the routes of {@code BaseController}, which bind their bodies as {@code JsonNode}.
 */
@Internal
final class OperationBuilder {

    private static final String ENDPOINT = "io.micronaut.management.endpoint.annotation.Endpoint";
    private static final String HEALTH = "health";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final SchemaBuilder schemas;
    private final ProblemResponses problems;
    private final Environment environment;
    private final CrudOperations crud;

    OperationBuilder(SchemaBuilder schemas, ProblemResponses problems, Environment environment, CrudOperations crud) {
        this.schemas = schemas;
        this.problems = problems;
        this.environment = environment;
        this.crud = crud;
    }

    /**
     * @param route a documented route
     * @return its operation object, {@code operationId} not yet unique
     */
    Map<String, Object> build(DocumentedRoute route) {
        AnnotationMetadata metadata = route.metadata();
        String endpointId = endpointId(route);
        String tag = Naming.tag(route.beanType(), endpointId, environment.getPlaceholderResolver());
        Optional<RouteAccess> declared = RouteAccessRule.access(route.route());
        boolean anonymous = declared.map(RouteAccess::isAnonymous).orElseGet(() -> anonymous(metadata, endpointId));
        boolean needsRole = declared.map(access -> !access.roles().isEmpty()).orElse(false);
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        operation.put("summary", metadata.stringValue(Summary.class).orElse(Naming.sentence(route.methodName())));
        operation.put("operationId", Naming.camel(tag) + Character.toUpperCase(route.methodName().charAt(0))
                + route.methodName().substring(1));
        if (anonymous) {
            operation.put("security", List.of());
        }
        List<Map<String, Object>> parameters = Parameters.of(route, schemas);
        Map<String, Object> responses = new LinkedHashMap<>();
        if (HEALTH.equals(endpointId)) {
            responses.put("200", health("The service and its database answer."));
            responses.put("503", health("The database does not answer."));
            operation.put("responses", responses);
            return operation;
        }
        requestBody(route).ifPresent(requestBody -> operation.put("requestBody", requestBody));
        responses.put(String.valueOf(successStatus(route)), success(route));
        if (crud.documents(route)) {
            crud.complete(route, operation, parameters, responses);
        }
        if (hasParameter(parameters, "header", HttpHeaders.IF_NONE_MATCH)) {
            responses.put("304", Map.of("description", "Not Modified: If-None-Match names the current entity tag."));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        for (int status : problemStatuses(route, operation, parameters, anonymous, needsRole)) {
            responses.put(String.valueOf(status), problems.reference(status));
        }
        operation.put("responses", responses);
        return operation;
    }

    /**
     * @param route a route
     * @return whether it stays out of the document: a management endpoint that needs credentials (an operator's
     * tool, not part of the API), and the health endpoint's {@code /health/{selector}}, since {@code /health} is
     * documented once
     */
    boolean hidden(DocumentedRoute route) {
        String endpointId = endpointId(route);
        return endpointId != null && (!anonymous(route.metadata(), endpointId)
                || (HEALTH.equals(endpointId) && !route.pathVariables().isEmpty()));
    }

    private static String endpointId(DocumentedRoute route) {
        AnnotationMetadata metadata = route.metadata();
        return metadata.stringValue(ENDPOINT).or(() -> metadata.stringValue(ENDPOINT, "id")).orElse(null);
    }

    private static boolean hasParameter(List<Map<String, Object>> parameters, String in, String name) {
        return parameters.stream()
                .anyMatch(p -> in.equals(p.get("in")) && name.equalsIgnoreCase((String) p.get("name")));
    }

    private Set<Integer> problemStatuses(DocumentedRoute route, Map<String, Object> operation,
                                         List<Map<String, Object>> parameters, boolean anonymous, boolean needsRole) {
        Set<Integer> statuses = new TreeSet<>();
        if (operation.get("requestBody") instanceof Map<?, ?> body) {
            statuses.addAll(List.of(400, 413, 415, 422));
            if (WRITES.contains(route.method()) && body.get("content") instanceof Map<?, ?> content
                    && content.containsKey(MediaType.APPLICATION_JSON)) {
                statuses.add(409);
            }
        }
        if (!anonymous) {
            statuses.add(401);
        }
        if (needsRole) {
            statuses.add(403);
        }
        if (!route.pathVariables().isEmpty()) {
            statuses.add(404);
        }
        if (parameters.stream().anyMatch(p -> "query".equals(p.get("in")))) {
            statuses.add(422);
        }
        if (hasParameter(parameters, "header", HttpHeaders.IF_MATCH)) {
            statuses.add(412);
        }
        // every route: the request line or the headers over the server's limits (Netty), and the database away
        statuses.addAll(List.of(414, 431, 503));
        route.metadata().findAnnotation(Problems.class).ifPresent(declared -> {
            for (int status : declared.intValues()) {
                statuses.add(status);
            }
        });
        return statuses;
    }

    private boolean anonymous(AnnotationMetadata metadata, String endpointId) {
        List<String> secured = Arrays.asList(metadata.stringValues(Secured.class));
        if (!secured.isEmpty()) {
            return secured.contains(SecurityRule.IS_ANONYMOUS);
        }
        if (endpointId != null) {
            boolean sensitive = environment.getProperty("endpoints." + endpointId + ".sensitive", Boolean.class)
                    .or(() -> environment.getProperty("endpoints.all.sensitive", Boolean.class))
                    .orElseGet(() -> metadata.booleanValue(ENDPOINT, "defaultSensitive").orElse(true));
            return !sensitive;
        }
        return false;
    }

    private Optional<Map<String, Object>> requestBody(DocumentedRoute route) {
        Optional<Argument<?>> body = route.route().getBodyArgument();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> schema = route.metadata().classValue(RequestSchema.class)
                .map(type -> schemas.reference(type, route.method() == HttpMethod.PUT
                        ? SchemaBuilder.Variant.ALL_KEYS : SchemaBuilder.Variant.DEFAULT))
                .orElseGet(() -> schemas.schema(body.get()));
        List<String> mediaTypes = route.route().getConsumes().stream()
                .map(MediaType::toString)
                .filter(type -> !type.equals(MediaType.ALL))
                .toList();
        return Optional.of(CrudOperations.requestBody(schema, mediaTypes.isEmpty() ? List.of(MediaType.APPLICATION_JSON)
                : mediaTypes));
    }

    private static int successStatus(DocumentedRoute route) {
        return route.metadata().enumValue(Status.class, HttpStatus.class).map(HttpStatus::getCode)
                .orElse(isVoid(route.route().getResponseBodyType()) ? 204 : 200);
    }

    private Map<String, Object> success(DocumentedRoute route) {
        int status = successStatus(route);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", switch (status) {
            case 200 -> "OK.";
            case 204 -> "Done; no body.";
            default -> HttpStatus.valueOf(status).getReason() + ".";
        });
        Argument<?> body = route.route().getResponseBodyType();
        if (status != 204 && !isVoid(body)) {
            Map<String, Object> schema = schemas.schema(body);
            Map<String, Object> content = new LinkedHashMap<>();
            List<MediaType> produces = route.route().getProduces();
            for (MediaType type : produces.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : produces) {
                content.put(type.toString(), Map.of("schema", schema));
            }
            response.put("content", content);
        }
        return response;
    }

    private static boolean isVoid(Argument<?> body) {
        return body == null || body.getType() == Void.class || body.getType() == void.class;
    }

    private static Map<String, Object> health(String description) {
        Map<String, Object> status = SchemaBuilder.typed("string", null);
        status.put("description", "`UP`, or `DOWN` while the database does not answer");
        Map<String, Object> schema = SchemaBuilder.typed("object", null);
        schema.put("required", List.of("status"));
        schema.put("properties", Map.of("status", status));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", description);
        response.put("content", Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema)));
        return response;
    }
}
