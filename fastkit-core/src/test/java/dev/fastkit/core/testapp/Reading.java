package dev.fastkit.core.testapp;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A test-only owned resource whose lists sort and filter numbers, decimals, an enum and dates; no version. */
@MappedEntity("readings")
public record Reading(@Id @AutoPopulated @Nullable UUID id,
                      @Owner @Nullable UUID ownerId,
                      String label,
                      Integer amount,
                      @Nullable BigDecimal weight,
                      Kind kind,
                      @Nullable LocalDate takenOn,
                      @DateCreated @Nullable Instant createdAt) {

    /** Stored as its name. */
    public enum Kind { METER, GAUGE, ESTIMATE }
}
