package ${package}.folder;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A folder as the API answers it.
 *
 * @param id        the folder's id
 * @param name      the name
 * @param userId    the owner's user id
 * @param createdAt when it was created (RFC 3339, UTC)
 * @param updatedAt when it was last changed (RFC 3339, UTC)
 */
@Serdeable
public record FolderRead(UUID id, String name, UUID userId, Instant createdAt, Instant updatedAt) {
}
