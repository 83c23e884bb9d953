package dev.fastkit.core.testapp;

import dev.fastkit.core.data.SoftDelete;
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

/** A test-only owned, versioned resource that is deleted softly; only plain columns, so FastKit writes it. */
@MappedEntity("boards")
public record Board(@Id @AutoPopulated @Nullable UUID id,
                    @Owner @Nullable UUID ownerId,
                    String name,
                    @DateCreated @Nullable Instant createdAt,
                    @DateUpdated @Nullable Instant updatedAt,
                    @SoftDelete @Nullable Instant deletedAt,
                    @Version @Nullable Long version) {
}
