package dev.fastkit.core.testapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The test resources' schemas. */
final class NotebookSchemas {

    private NotebookSchemas() {
    }

    @Serdeable
    record NotebookCreate(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 2000) String description) {
    }

    @Serdeable
    record NotebookUpdate(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 2000) String description) {
    }

    @Serdeable
    record NotebookRead(UUID id, String title, @Nullable String description, UUID ownerId, Instant createdAt,
                        Instant updatedAt) {
    }

    @Serdeable
    record NoteCreate(@NotBlank @Size(max = 1000) String body) {
    }

    @Serdeable
    record NoteUpdate(@NotBlank @Size(max = 1000) String body) {
    }

    @Serdeable
    record NoteRead(UUID id, UUID notebookId, UUID ownerId, String body, Instant createdAt, Instant updatedAt) {
    }
}
