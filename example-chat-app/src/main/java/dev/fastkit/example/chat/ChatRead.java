package dev.fastkit.example.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fastkit.example.message.MessageRead;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A chat as the API answers it; {@code description} is always present, {@code null} when there is none.
 *
 * @param id          the chat's id
 * @param title       the title
 * @param description the description, or {@code null}
 * @param userId      the owner's user id
 * @param createdAt   when it was created (RFC 3339, UTC)
 * @param updatedAt   when it was last changed (RFC 3339, UTC)
 * @param messages    only with {@code ?include=messages}: the latest messages, oldest first; otherwise omitted
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatRead(
        UUID id,
        String title,
        @Nullable String description,
        UUID userId,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL)
        List<MessageRead> messages) {

    /**
     * @param latest the messages to carry
     * @return this chat with {@code messages} filled
     */
    public ChatRead withMessages(List<MessageRead> latest) {
        return new ChatRead(id, title, description, userId, createdAt, updatedAt, List.copyOf(latest));
    }
}
