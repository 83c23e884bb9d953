package dev.fastkit.example.message;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a chat (table {@code messages}).
 *
 * @param id        the message's id, generated on insert
 * @param chatId    the chat it belongs to, filled from the path on create
 * @param userId    the author's user id, filled from the caller on create
 * @param content   the text, 1 to 4000 characters
 * @param createdAt when the message was posted (UTC)
 * @param updatedAt when the message was last changed (UTC)
 * @param version   the optimistic-lock version, the source of the {@code ETag}
 */
@MappedEntity("messages")
public record Message(
        @Id @AutoPopulated @Nullable UUID id,
        @Nullable UUID chatId,
        @Owner @Nullable UUID userId,
        String content,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {
}
