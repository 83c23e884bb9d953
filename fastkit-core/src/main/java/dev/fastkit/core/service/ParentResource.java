package dev.fastkit.core.service;

/**
 * Declares that a resource lives under another one, such as messages under {@code /chats/{chat_id}/messages}.
 *
 * <p>Every operation of the child then reads the parent id from the path variable, checks through the parent's service
 * that the caller may see the parent (404 otherwise), fills the child's parent property on create and scopes every
 * query to that parent, so a child reached through the wrong parent is a 404.
 *
 * @param service      the parent resource's service
 * @param property     the child entity's property holding the parent id, such as {@code chatId}
 * @param pathVariable the path variable carrying the parent id, such as {@code chat_id}
 */
public record ParentResource(BaseService<?, ?, ?, ?, ?> service, String property, String pathVariable) {
}
