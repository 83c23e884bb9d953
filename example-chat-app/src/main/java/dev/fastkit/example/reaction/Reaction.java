package dev.fastkit.example.reaction;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One emoji a user put on a message (table {@code reactions}); at most one of each emoji per user and message.
 * Reactions are never edited.
 *
 * @param id        the reaction's id, generated on insert
 * @param messageId the message it is on, filled from the path on create
 * @param chatId    the message's chat, filled from the path on create once the chain is checked
 * @param userId    who reacted, filled from the caller on create
 * @param emoji     the emoji, 1 to 16 characters without whitespace
 * @param createdAt when the reaction was made (UTC)
 * @param version   the optimistic-lock version, the source of the {@code ETag}
 */
@MappedEntity("reactions")
public record Reaction(
        @Id @AutoPopulated @Nullable UUID id,
        @Nullable UUID messageId,
        @Nullable UUID chatId,
        @Owner @Nullable UUID userId,
        String emoji,
        @DateCreated @Nullable Instant createdAt,
        @Version @Nullable Long version) {
}
