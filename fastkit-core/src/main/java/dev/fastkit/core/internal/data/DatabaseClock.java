package dev.fastkit.core.internal.data;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.runtime.date.CurrentDateTimeProvider;
import io.micronaut.data.runtime.date.DateTimeProvider;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The clock behind {@code @DateCreated} and {@code @DateUpdated}, at PostgreSQL's precision (microseconds, UTC).
 *
 * <p>The JDK's clock ticks in nanoseconds on Linux, and PostgreSQL would round those to microseconds when storing; the
 * create and update answers would then show timestamps that differ from every later read. Truncating here makes the
 * answer of a write equal to what is stored.
 */
@Internal
@Singleton
@Replaces(CurrentDateTimeProvider.class)
public final class DatabaseClock implements DateTimeProvider<OffsetDateTime> {

    @Override
    public OffsetDateTime getNow() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
