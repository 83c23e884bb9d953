package ${package}.folder;

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
 * A folder of bookmarks, private to the user who created it (table {@code folders}).
 *
 * @param id        the folder's id, generated on insert
 * @param name      the name, 1 to 200 characters
 * @param userId    the owner's user id, filled from the caller on create
 * @param createdAt when the folder was created (UTC)
 * @param updatedAt when the folder was last changed (UTC)
 * @param version   the optimistic-lock version, the source of the {@code ETag}
 */
@MappedEntity("folders")
public record Folder(
        @Id @AutoPopulated @Nullable UUID id,
        String name,
        @Owner @Nullable UUID userId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {
}
