package dev.fastkit.core.testapp;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A test-only resource three levels deep: a comment on a {@link Note} of a {@link Notebook}, never edited. */
@MappedEntity("comments")
public record Comment(@Id @AutoPopulated @Nullable UUID id,
                      @Nullable UUID noteId,
                      @Nullable UUID notebookId,
                      @Owner @Nullable UUID ownerId,
                      String text,
                      @DateCreated @Nullable Instant createdAt,
                      @Version @Nullable Long version) {
}
