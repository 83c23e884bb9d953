package dev.fastkit.core.internal.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Internal;

import java.time.Duration;

/**
 * How long the answers of creates sent with an {@code Idempotency-Key} are kept, under {@code fastkit.idempotency}.
 */
@Internal
@ConfigurationProperties(IdempotencyConfiguration.PREFIX)
public class IdempotencyConfiguration {

    static final String PREFIX = "fastkit.idempotency";

    /** The property {@link IdempotencyCleanup} reads its schedule from. */
    static final String CLEANUP_INTERVAL = PREFIX + ".cleanup-interval";

    private Duration timeToLive = Duration.ofHours(24);
    private Duration cleanupInterval = Duration.ofHours(1);

    /**
     * @return how long a key answers repeats with its first answer (default 24 hours); an older key counts as never
     * used, and the cleanup deletes it
     */
    public Duration getTimeToLive() {
        return timeToLive;
    }

    /** @param timeToLive how long a key answers repeats; positive */
    public void setTimeToLive(Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException(PREFIX + ".time-to-live must be positive, not " + timeToLive);
        }
        this.timeToLive = timeToLive;
    }

    /** @return how often each instance deletes the expired keys (default 1 hour; the first run one interval after start) */
    public Duration getCleanupInterval() {
        return cleanupInterval;
    }

    /** @param cleanupInterval how often each instance deletes the expired keys */
    public void setCleanupInterval(Duration cleanupInterval) {
        this.cleanupInterval = cleanupInterval;
    }
}
