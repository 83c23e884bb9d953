package dev.fastkit.core.service;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * A resource as a service answers it: the read schema plus what HTTP needs around it.
 *
 * @param id      the resource's id, for the {@code Location} of a create
 * @param body    the read schema, such as {@code ChatRead}
 * @param version the entity's {@code @Version}, or {@code null} when it has none
 * @param <R>     The read schema type
 */
public record StoredResource<R>(Object id, R body, @Nullable Object version) {

    /**
     * @return the strong entity tag (RFC 9110, section 8.8.3) derived from the version, such as {@code "3"}; empty when
     * the entity has no version
     */
    public Optional<String> entityTag() {
        return Optional.ofNullable(version).map(IfMatch::entityTag);
    }
}
