package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A test entity with an enum column, which the row reader hands to Micronaut Data's mapper. */
@MappedEntity("tasks")
public record Task(@Id UUID id, String title, Status status, int priority, @Nullable BigDecimal estimate,
                   @Nullable LocalDate due) {

    /** Stored as its name. */
    public enum Status { OPEN, DONE }
}
