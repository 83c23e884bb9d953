package dev.fastkit.benchmarks.baseline;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The {@code MessageRead} body of the API contract.
 *
 * @param id        The message id.
 * @param chatId    The chat it belongs to.
 * @param userId    The author's id (the chat's owner).
 * @param content   The text.
 * @param createdAt When the message was created (UTC).
 * @param updatedAt When the message was last changed (UTC).
 */
@Serdeable
public record MessageRead(UUID id, UUID chatId, UUID userId, String content, Instant createdAt, Instant updatedAt) {
}
