package dev.fastkit.core.testapp;

import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.Searchable;
import dev.fastkit.core.query.Sortable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.CONTAINS;
import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.GT;
import static dev.fastkit.core.query.FilterOperator.GTE;
import static dev.fastkit.core.query.FilterOperator.IN;
import static dev.fastkit.core.query.FilterOperator.LT;
import static dev.fastkit.core.query.FilterOperator.LTE;
import static dev.fastkit.core.query.FilterOperator.NE;
import static dev.fastkit.core.query.FilterOperator.NULL;
import static dev.fastkit.core.query.FilterOperator.STARTS_WITH;

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
    @DefaultSort("-created_at")
    record NotebookRead(UUID id,
                        @Sortable @Filterable({EQ, NE, IN, CONTAINS, STARTS_WITH}) @Searchable String title,
                        @Nullable @Sortable @Filterable({EQ, NE, NULL, CONTAINS}) @Searchable String description,
                        @Filterable({EQ, IN}) UUID ownerId,
                        @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant createdAt,
                        @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant updatedAt) {
    }

    @Serdeable
    record NoteCreate(@NotBlank @Size(max = 1000) String body) {
    }

    @Serdeable
    record NoteUpdate(@NotBlank @Size(max = 1000) String body) {
    }

    @Serdeable
    record NoteRead(UUID id, UUID notebookId, UUID ownerId, @Filterable(CONTAINS) @Searchable String body,
                    @Sortable Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    record CommentCreate(@NotBlank @Size(max = 500) String text) {
    }

    @Serdeable
    record CommentRead(UUID id, UUID noteId, UUID notebookId, UUID ownerId, String text, @Sortable Instant createdAt) {
    }
}
