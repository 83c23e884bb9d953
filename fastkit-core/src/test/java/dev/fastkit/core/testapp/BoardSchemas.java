package dev.fastkit.core.testapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fastkit.core.include.Includable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The schemas of boards and cards, the soft-deleted test resources; no schema carries {@code deleted_at}. */
final class BoardSchemas {

    private BoardSchemas() {
    }

    @Serdeable
    record BoardWrite(@NotBlank @Size(max = 200) String name) {
    }

    @Serdeable
    record BoardRead(UUID id, UUID ownerId, String name, Instant createdAt, Instant updatedAt,
                     @Nullable @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Includable(entity = Card.class, parentProperty = "boardId") List<CardRead> cards) {
    }

    @Serdeable
    record CardWrite(@NotBlank @Size(max = 200) String title, @NotNull Card.State state) {
    }

    @Serdeable
    record CardRead(UUID id, UUID boardId, UUID ownerId, String title, Card.State state, Instant createdAt) {
    }
}
