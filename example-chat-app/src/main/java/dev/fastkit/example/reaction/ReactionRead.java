package dev.fastkit.example.reaction;

import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.Sortable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.IN;

/**
 * A reaction as the API answers it. Lists sort by {@code created_at} (the default, oldest first) or {@code emoji},
 * and filter by {@code emoji} ({@code eq}, {@code in}) and {@code user_id} ({@code eq}), as API.md's table says.
 *
 * @param id        the reaction's id
 * @param messageId the message it is on
 * @param chatId    the message's chat
 * @param userId    who reacted
 * @param emoji     the emoji
 * @param createdAt when it was made (RFC 3339, UTC)
 */
@Serdeable
@DefaultSort("created_at")
public record ReactionRead(UUID id, UUID messageId, UUID chatId,
                           @Filterable(EQ) UUID userId,
                           @Sortable @Filterable({EQ, IN}) String emoji,
                           @Sortable Instant createdAt) {
}
