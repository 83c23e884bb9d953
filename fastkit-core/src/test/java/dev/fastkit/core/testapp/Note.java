package dev.fastkit.core.testapp;

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

/** A test-only resource nested under {@link Notebook}. */
@MappedEntity("notes")
public record Note(@Id @AutoPopulated @Nullable UUID id,
                   @Nullable UUID notebookId,
                   @Owner @Nullable UUID ownerId,
                   String body,
                   @DateCreated @Nullable Instant createdAt,
                   @DateUpdated @Nullable Instant updatedAt,
                   @Version @Nullable Long version) {
}
