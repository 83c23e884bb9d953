package ${package}.bookmark;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A bookmark as the API answers it.
 *
 * @param id        the bookmark's id
 * @param folderId  the folder it belongs to
 * @param userId    the owner's user id
 * @param url       the address
 * @param title     the title
 * @param createdAt when it was created (RFC 3339, UTC)
 * @param updatedAt when it was last changed (RFC 3339, UTC)
 */
@Serdeable
public record BookmarkRead(UUID id, UUID folderId, UUID userId, String url, String title, Instant createdAt,
                           Instant updatedAt) {
}
