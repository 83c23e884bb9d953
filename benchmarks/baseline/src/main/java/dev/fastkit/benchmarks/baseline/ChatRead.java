package dev.fastkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The {@code ChatRead} body of the API contract.
 *
 * @param id          The chat id.
 * @param title       The title.
 * @param description The description, rendered as {@code null} when absent.
 * @param userId      The owner's id.
 * @param createdAt   When the chat was created (UTC).
 * @param updatedAt   When the chat was last changed (UTC).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatRead(UUID id, String title, String description, UUID userId, Instant createdAt,
                       Instant updatedAt) {
}
