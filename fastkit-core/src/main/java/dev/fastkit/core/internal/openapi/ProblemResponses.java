package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.error.Problem;
import io.micronaut.core.annotation.Internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFC 9457 problem answers an operation can give, as shared response components ({@code #/components/responses})
 * whose body is the {@code Problem} schema in {@value Problem#MEDIA_TYPE}. A component is added on first use.
 */
@Internal
final class ProblemResponses {

    private record Kind(String component, String description) {
    }

    private static final Map<Integer, Kind> KINDS = Map.ofEntries(
            Map.entry(400, new Kind("BadRequest", "The body is not one well-formed JSON value (or form).")),
            Map.entry(401, new Kind("Unauthorized", "No valid credentials: a missing, malformed, tampered or expired bearer "
                    + "token, or one whose user no longer exists.")),
            Map.entry(403, new Kind("Forbidden", "The caller is authenticated but has none of the roles the route needs.")),
            Map.entry(404, new Kind("NotFound", "No such resource, or one that belongs to another user (existence is not "
                    + "revealed).")),
            Map.entry(409, new Kind("Conflict", "The write conflicts with a stored row, such as a unique value that is taken.")),
            Map.entry(412, new Kind("PreconditionFailed", "The If-Match entity tag is stale; nothing was changed.")),
            Map.entry(413, new Kind("ContentTooLarge", "The body is larger than the server accepts.")),
            Map.entry(414, new Kind("UriTooLong", "The request line (path and query) is longer than the server accepts.")),
            Map.entry(415, new Kind("UnsupportedMediaType", "The body has no Content-Type, or one the route does not take.")),
            Map.entry(422, new Kind("UnprocessableContent", "A schema violation: a missing, unknown or read-only key, a wrong "
                    + "type, a broken constraint, null where not nullable, or a bad query parameter; errors[] names "
                    + "each with a JSON pointer or the parameter's name.")),
            Map.entry(431, new Kind("RequestHeaderFieldsTooLarge", "The request headers are larger than the server accepts.")),
            Map.entry(503, new Kind("ServiceUnavailable", "The database does not answer; retry later.")));

    private final SchemaBuilder schemas;
    private final Map<String, Object> components = new TreeMap<>();

    /** @param schemas the document's schemas, for the {@code Problem} component */
    ProblemResponses(SchemaBuilder schemas) {
        this.schemas = schemas;
    }

    /** @return the response components used so far */
    Map<String, Object> components() {
        return components;
    }

    /**
     * @param status a problem status FastKit answers: 400, 401, 403, 404, 409, 412, 413, 414, 415, 422, 431 or 503
     * @return a {@code $ref} to its response component
     */
    Map<String, Object> reference(int status) {
        Kind kind = KINDS.get(status);
        if (kind == null) {
            throw new IllegalArgumentException("no problem response for " + status);
        }
        components.computeIfAbsent(kind.component(), name -> response(status, kind));
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", "#/components/responses/" + kind.component());
        return ref;
    }

    private Map<String, Object> response(int status, Kind kind) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", kind.description());
        if (status == 401) {
            Map<String, Object> challenge = new LinkedHashMap<>();
            challenge.put("description", "The authentication scheme to use (RFC 6750), such as `Bearer`.");
            challenge.put("schema", SchemaBuilder.typed("string", null));
            response.put("headers", Map.of("WWW-Authenticate", challenge));
        }
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("schema", schemas.reference(Problem.class, SchemaBuilder.Variant.DEFAULT));
        response.put("content", Map.of(Problem.MEDIA_TYPE, media));
        return response;
    }
}
