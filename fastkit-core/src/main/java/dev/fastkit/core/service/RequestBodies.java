package dev.fastkit.core.service;

import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.schema.BindingMode;
import dev.fastkit.core.schema.JsonMergePatch;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.json.tree.JsonNode;

/**
 * The one place where a resource's write bodies become schemas, for {@code POST}, {@code PUT} and {@code PATCH} alike,
 * strictly (see {@link SchemaBinder}): each failure is a 422 listing every broken field.
 *
 * @param <C> The create schema
 * @param <U> The full-update schema
 */
final class RequestBodies<C, U> {

    private final SchemaBinder binder;
    private final Class<C> createType;
    private final Class<U> updateType;

    RequestBodies(SchemaBinder binder, Class<C> createType, Class<U> updateType) {
        this.binder = binder;
        this.createType = createType;
        this.updateType = updateType;
    }

    /**
     * @param body a create body
     * @return the valid create schema; keys may be left out
     */
    C create(JsonNode body) {
        return binder.bind(body, createType, BindingMode.OPTIONAL_KEYS);
    }

    /**
     * @param schema a schema a route of the service's own built
     * @return its JSON form, to be bound like a request body
     */
    JsonNode tree(Object schema) {
        return binder.toTree(schema);
    }

    /**
     * @param body a {@code PUT} body
     * @return the valid full-update schema; every key must be present
     */
    U replacement(JsonNode body) {
        return binder.bind(body, updateType, BindingMode.ALL_KEYS);
    }

    /**
     * Refuses a merge patch that is not an object before anything is read.
     *
     * @param patch a {@code PATCH} body
     */
    void requirePatch(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw UnprocessableContentException.of("", "a merge patch must be a JSON object");
        }
    }

    /**
     * @param current the stored resource as its full-update schema
     * @param patch   a merge patch that {@link #requirePatch} accepted
     * @return the patch applied to {@code current} (RFC 7396), bound and validated as the full-update schema
     */
    U merged(U current, JsonNode patch) {
        return binder.bind(JsonMergePatch.apply(binder.toTree(current), patch), updateType, BindingMode.OPTIONAL_KEYS);
    }
}
