package ${package}.bookmark;

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
 * One bookmark of a folder (table {@code bookmarks}).
 *
 * @param id        the bookmark's id, generated on insert
 * @param folderId  the folder it belongs to, filled from the path on create
 * @param userId    the owner's user id, filled from the caller on create
 * @param url       the address, an http or https URL of up to 2000 characters
 * @param title     the title, 1 to 200 characters
 * @param createdAt when the bookmark was created (UTC)
 * @param updatedAt when the bookmark was last changed (UTC)
 * @param version   the optimistic-lock version, the source of the {@code ETag}
 */
@MappedEntity("bookmarks")
public record Bookmark(
        @Id @AutoPopulated @Nullable UUID id,
        @Nullable UUID folderId,
        @Owner @Nullable UUID userId,
        String url,
        String title,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    /** What a bookmark's {@code url} must match: {@code http://} or {@code https://}, then no whitespace. */
    public static final String URL_PATTERN = "https?://\\S+";
}
