package dev.fastkit.core.testapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A test-only resource that nobody owns: anyone reads it, editors change it (see {@link BulletinController}). */
@MappedEntity("bulletins")
public record Bulletin(@Id @AutoPopulated @Nullable UUID id,
                       String title,
                       @DateCreated @Nullable Instant createdAt,
                       @Version @Nullable Long version) {
}
