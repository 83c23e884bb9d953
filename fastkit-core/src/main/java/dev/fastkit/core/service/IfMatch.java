package dev.fastkit.core.service;

import dev.fastkit.core.error.PreconditionFailedException;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code If-Match} precondition of a write (RFC 9110, section 13.1.1), checked by the service inside the unit of
 * work against the version it has just read, so that a stale tag changes nothing.
 *
 * @param tags the entity tags the client sent; empty when it sent no {@code If-Match}; {@code *} matches any
 */
public record IfMatch(List<String> tags) {

    private static final IfMatch ABSENT = new IfMatch(List.of());

    /** @return no precondition: the write goes ahead whatever the version */
    public static IfMatch absent() {
        return ABSENT;
    }

    /**
     * @param header the {@code If-Match} header value, such as {@code "3"} or {@code "2", "3"}, or {@code null}
     * @return the precondition it states
     */
    public static IfMatch parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        return new IfMatch(Arrays.stream(header.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList());
    }

    /**
     * @param version an entity's version
     * @return its strong entity tag, the version in double quotes
     */
    public static String entityTag(Object version) {
        return "\"" + version + "\"";
    }

    /**
     * @param currentVersion the version just read, or {@code null} if the entity has none
     * @throws PreconditionFailedException (412) if a tag was sent and none matches; weak tags never match (strong
     *                                     comparison, RFC 9110, section 8.8.3.2)
     */
    public void check(@Nullable Object currentVersion) {
        if (tags.isEmpty() || tags.contains("*")) {
            return;
        }
        if (currentVersion == null || !tags.contains(entityTag(currentVersion))) {
            throw new PreconditionFailedException("The resource has changed since it was read (If-Match does not match its ETag).");
        }
    }
}
