package dev.fastkit.core.include;

/**
 * One include a {@code GET /{id}} request asks for: {@code ?include=messages&messages_limit=5} is
 * {@code new IncludeRequest("messages", 5)}.
 *
 * @param name  the {@link Includable} field's JSON name
 * @param limit how many children to include
 */
public record IncludeRequest(String name, int limit) {
}
