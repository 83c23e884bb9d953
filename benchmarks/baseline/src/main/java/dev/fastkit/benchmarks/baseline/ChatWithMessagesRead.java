package dev.fastkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code ChatRead} with its latest messages, the answer of {@code GET /chats/{id}?include=messages}.
 *
 * @param id          The chat id.
 * @param title       The title.
 * @param description The description, rendered as {@code null} when absent.
 * @param userId      The owner's id.
 * @param createdAt   When the chat was created (UTC).
 * @param updatedAt   When the chat was last changed (UTC).
 * @param messages    The latest messages, oldest first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatWithMessagesRead(UUID id, String title, String description, UUID userId, Instant createdAt,
                                   Instant updatedAt, List<MessageRead> messages) {

    static ChatWithMessagesRead of(Chat chat, List<MessageRead> messages) {
        return new ChatWithMessagesRead(chat.id(), chat.title(), chat.description(), chat.userId(),
                chat.createdAt(), chat.updatedAt(), messages);
    }
}
