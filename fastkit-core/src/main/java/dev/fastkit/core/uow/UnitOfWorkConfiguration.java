package dev.fastkit.core.uow;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * Settings of the {@link UnitOfWork}, under {@code fastkit.unit-of-work}.
 */
@ConfigurationProperties("fastkit.unit-of-work")
public class UnitOfWorkConfiguration {

    private int maxAttempts = 3;

    /**
     * @return how many times a unit of work runs at most when PostgreSQL reports a serialization failure, a deadlock
     * or a concurrent version change (default 3, so two retries)
     */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    /**
     * @param maxAttempts how many times a unit of work runs at most; at least 1
     */
    public void setMaxAttempts(@Min(1) int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }
}
