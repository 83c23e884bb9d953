package dev.fastkit.core.ownership;

import io.micronaut.core.annotation.Nullable;

/**
 * Who asks, and under which parent resource: everything a service needs to scope one operation.
 *
 * @param principalId the authenticated principal's name (its user id), or {@code null} for trusted system work that
 *                    must see every owner's rows
 * @param parentId    the parent resource's id as it appeared in the path (such as {@code chat_id}), or {@code null}
 *                    for a top-level resource
 */
public record ResourceScope(@Nullable String principalId, @Nullable String parentId) {

    /**
     * @param principalId the authenticated principal's name
     * @return the scope of a top-level resource asked for by that principal
     */
    public static ResourceScope of(String principalId) {
        return new ResourceScope(principalId, null);
    }

    /**
     * @return a scope with no principal: ownership is not enforced. Only for trusted server-side work, never for a
     * client's request.
     */
    public static ResourceScope system() {
        return new ResourceScope(null, null);
    }

    /**
     * @param parentId the parent resource's id as it appeared in the path
     * @return this scope under that parent
     */
    public ResourceScope withParent(String parentId) {
        return new ResourceScope(principalId, parentId);
    }
}
