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

/** A test-only resource that is owned and versioned. */
@MappedEntity("notebooks")
public record Notebook(@Id @AutoPopulated @Nullable UUID id,
                       String title,
                       @Nullable String description,
                       @Owner @Nullable UUID ownerId,
                       @DateCreated @Nullable Instant createdAt,
                       @DateUpdated @Nullable Instant updatedAt,
                       @Version @Nullable Long version) {
}
