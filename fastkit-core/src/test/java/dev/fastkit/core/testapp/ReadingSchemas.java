package dev.fastkit.core.testapp;

import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.Sortable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.GT;
import static dev.fastkit.core.query.FilterOperator.GTE;
import static dev.fastkit.core.query.FilterOperator.IN;
import static dev.fastkit.core.query.FilterOperator.LT;
import static dev.fastkit.core.query.FilterOperator.LTE;
import static dev.fastkit.core.query.FilterOperator.NE;
import static dev.fastkit.core.query.FilterOperator.NULL;
import static dev.fastkit.core.query.FilterOperator.STARTS_WITH;

/** The readings' schemas: the create schema is also the full-update one. */
final class ReadingSchemas {

    private ReadingSchemas() {
    }

    @Serdeable
    record ReadingCreate(@NotBlank @Size(max = 200) String label, @NotNull Integer amount, @Nullable BigDecimal weight,
                         @NotNull Reading.Kind kind, @Nullable LocalDate takenOn) {
    }

    /** No {@code @Searchable} field: {@code q} is refused. */
    @Serdeable
    record ReadingRead(UUID id,
                       UUID ownerId,
                       @Sortable @Filterable({EQ, STARTS_WITH}) String label,
                       @Sortable @Filterable({EQ, NE, LT, LTE, GT, GTE, IN}) Integer amount,
                       @Nullable @Sortable @Filterable({EQ, LT, GTE, NULL}) BigDecimal weight,
                       @Sortable @Filterable({EQ, IN}) Reading.Kind kind,
                       @Nullable @Sortable @Filterable({EQ, GT, LT, NULL}) LocalDate takenOn,
                       @Sortable Instant createdAt) {
    }
}
