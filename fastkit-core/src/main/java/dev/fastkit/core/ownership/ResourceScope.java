package dev.fastkit.core.ownership;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who asks, and under which parent resources: everything a service needs to scope one operation.
 *
 * @param principalId the authenticated principal's name (its user id), or {@code null} for trusted system work that
 *                    must see every owner's rows
 * @param parentId    the nearest parent resource's id as it appeared in the path (such as {@code message_id}), or
 *                    {@code null} for a top-level resource
 * @param ancestorIds the ids of the parent's own parents as they appeared in the path, nearest first, in the order of
 *                    {@link dev.fastkit.core.service.ParentResource#chain()} after the parent (for a reaction under
 *                    {@code /chats/{chat_id}/messages/{message_id}}: the chat id); empty for one level of nesting or
 *                    none. An entry is {@code null} where the path has no such variable
 * @param everyOwnerReadable whether reads ({@code get}, {@code list}, {@code find}, includes) skip the owner condition
 *                    and see every owner's rows, as an {@link OwnershipRule} grants a principal's role; writes never
 *                    do: they stay scoped to {@code principalId}'s rows
 */
public record ResourceScope(@Nullable String principalId, @Nullable String parentId, List<String> ancestorIds,
                            boolean everyOwnerReadable) {

    /**
     * @param principalId        the authenticated principal's name (its user id), or {@code null} for system work
     * @param parentId           the nearest parent resource's id, or {@code null}
     * @param ancestorIds        the parent's ancestors' ids, nearest first; {@code null} for none
     * @param everyOwnerReadable whether reads see every owner's rows (writes never do)
     */
    public ResourceScope {
        ancestorIds = ancestorIds == null || ancestorIds.isEmpty() ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(ancestorIds));
    }

    /**
     * A scope whose reads, like its writes, see only the principal's own rows.
     *
     * @param principalId the authenticated principal's name (its user id), or {@code null} for system work
     * @param parentId    the nearest parent resource's id, or {@code null}
     * @param ancestorIds the parent's ancestors' ids, nearest first; {@code null} for none
     */
    public ResourceScope(@Nullable String principalId, @Nullable String parentId, List<String> ancestorIds) {
        this(principalId, parentId, ancestorIds, false);
    }

    /**
     * A scope with at most one level of nesting.
     *
     * @param principalId the authenticated principal's name (its user id), or {@code null} for system work
     * @param parentId    the parent resource's id as it appeared in the path, or {@code null}
     */
    public ResourceScope(@Nullable String principalId, @Nullable String parentId) {
        this(principalId, parentId, List.of(), false);
    }

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
     * @return this scope under that parent, which is a top-level resource
     */
    public ResourceScope withParent(String parentId) {
        return new ResourceScope(principalId, parentId, List.of(), everyOwnerReadable);
    }

    /**
     * @param parentId    the nearest parent's id as it appeared in the path, such as a message id
     * @param ancestorIds its ancestors' ids, nearest first, such as the message's chat id
     * @return this scope under that chain of parents
     */
    public ResourceScope withParents(String parentId, String... ancestorIds) {
        return new ResourceScope(principalId, parentId, List.of(ancestorIds), everyOwnerReadable);
    }

    /**
     * @return this scope with reads that see every owner's rows (see {@link OwnershipRule}); its writes stay the
     *         principal's
     */
    public ResourceScope withEveryOwnerReadable() {
        return new ResourceScope(principalId, parentId, ancestorIds, true);
    }
}
