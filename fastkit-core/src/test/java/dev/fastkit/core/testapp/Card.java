package dev.fastkit.core.testapp;

import dev.fastkit.core.data.SoftDelete;
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
 * A test-only resource nested under {@link Board}, deleted softly; its enum column makes Micronaut Data map and write
 * it (the repository path).
 */
@MappedEntity("cards")
public record Card(@Id @AutoPopulated @Nullable UUID id,
                   @Nullable UUID boardId,
                   @Owner @Nullable UUID ownerId,
                   String title,
                   State state,
                   @DateCreated @Nullable Instant createdAt,
                   @SoftDelete @Nullable Instant deletedAt,
                   @Version @Nullable Long version) {

    /** Stored as its name. */
    public enum State { TODO, DONE }
}
