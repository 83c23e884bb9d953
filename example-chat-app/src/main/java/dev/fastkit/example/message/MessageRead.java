package dev.fastkit.example.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as the API answers it.
 *
 * @param id        the message's id
 * @param chatId    the chat it belongs to
 * @param userId    the author's user id
 * @param content   the text
 * @param createdAt when it was posted (RFC 3339, UTC)
 * @param updatedAt when it was last changed (RFC 3339, UTC)
 */
@Serdeable
public record MessageRead(UUID id, UUID chatId, UUID userId, String content, Instant createdAt, Instant updatedAt) {
}
