package dev.fastkit.core.service;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Declares that a resource lives under another one, such as messages under {@code /chats/{chat_id}/messages}, at
 * any depth: a parent may have a parent of its own. Reactions under
 * {@code /chats/{chat_id}/messages/{message_id}/reactions} declare the whole chain, nearest parent first:
 * <pre>{@code
 * new ParentResource(Message.class, "messageId", "message_id",
 *         new ParentResource(Chat.class, "chatId", "chat_id"))
 * }</pre>
 *
 * <p>Every operation of the child then reads each parent's id from its path variable and checks the whole chain in
 * one SQL statement before it touches the child: each parent exists, belongs to the caller where its entity has an
 * {@link dev.fastkit.core.ownership.Owner} property (the root always decides, as the owner of everything under it),
 * and is linked to the next one by the id in the path. A wrong id or link anywhere, or another caller's row, is a
 * 404, so existence is not revealed. The child's queries are scoped to its nearest parent, and on create FastKit fills
 * the child's {@code property} of the nearest parent and, where the child entity has a property of the same name as an
 * ancestor's {@code property} (a reaction's {@code chatId}), that ancestor's id too.
 *
 * @param entityType   the parent entity, a {@code @MappedEntity} such as {@code Message.class}
 * @param property     the property holding this parent's id on the entity one level down: the child's for the
 *                     nearest parent ({@code Reaction.messageId}), the nearer parent's for an ancestor
 *                     ({@code Message.chatId})
 * @param pathVariable the path variable carrying this parent's id, such as {@code message_id}
 * @param parent       this parent's own parent, or {@code null} when it is a top-level resource
 */
public record ParentResource(Class<?> entityType, String property, String pathVariable,
                             @Nullable ParentResource parent) {

    /**
     * Declares a parent that is a top-level resource (one level of nesting).
     *
     * @param entityType   the parent entity, such as {@code Chat.class}
     * @param property     the child entity's property holding the parent id, such as {@code chatId}
     * @param pathVariable the path variable carrying the parent id, such as {@code chat_id}
     */
    public ParentResource(Class<?> entityType, String property, String pathVariable) {
        this(entityType, property, pathVariable, null);
    }

    /** @return this parent and its ancestors, nearest first, the top-level resource last */
    public List<ParentResource> chain() {
        List<ParentResource> chain = new ArrayList<>();
        for (ParentResource level = this; level != null; level = level.parent()) {
            chain.add(level);
        }
        return Collections.unmodifiableList(chain);
    }
}
