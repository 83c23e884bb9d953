package dev.fastkit.core.service;

/**
 * Declares that a resource lives under another one, such as messages under {@code /chats/{chat_id}/messages}.
 *
 * <p>Every operation of the child then reads the parent id from the path variable, checks that the parent row exists
 * and belongs to the caller (when the parent entity has an {@link dev.fastkit.core.ownership.Owner} property; 404
 * otherwise), fills the child's parent property on create and scopes every query to that parent, so a child reached
 * through the wrong parent is a 404. The parent must be a top-level resource: one level of nesting.
 *
 * @param entityType   the parent entity, a {@code @MappedEntity} such as {@code Chat.class}
 * @param property     the child entity's property holding the parent id, such as {@code chatId}
 * @param pathVariable the path variable carrying the parent id, such as {@code chat_id}
 */
public record ParentResource(Class<?> entityType, String property, String pathVariable) {
}
