package dev.fastkit.example.chat;

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
 * A conversation, private to the user who created it (table {@code chats}).
 *
 * @param id          the chat's id, generated on insert
 * @param title       the title, 1 to 200 characters
 * @param description an optional description, up to 2000 characters
 * @param userId      the owner's user id, filled from the caller on create
 * @param createdAt   when the chat was created (UTC)
 * @param updatedAt   when the chat was last changed (UTC)
 * @param version     the optimistic-lock version, the source of the {@code ETag}
 */
@MappedEntity("chats")
public record Chat(
        @Id @AutoPopulated @Nullable UUID id,
        String title,
        @Nullable String description,
        @Owner @Nullable UUID userId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {
}
