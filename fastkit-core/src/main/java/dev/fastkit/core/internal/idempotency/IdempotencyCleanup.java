package dev.fastkit.core.internal.idempotency;

import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Deletes the keys older than {@link IdempotencyConfiguration#getTimeToLive()}, every
 * {@link IdempotencyConfiguration#getCleanupInterval()} on each instance (the deletes of several instances do not
 * clash: each row goes once), in batches of {@value IdempotencyStore#CLEANUP_BATCH} rows, each its own transaction.
 * Until it runs, an expired key already counts as never used.
 */
@Singleton
@Requires(beans = DataSource.class)
final class IdempotencyCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final UnitOfWork unitOfWork;
    private final IdempotencyStore store;

    IdempotencyCleanup(UnitOfWork unitOfWork, IdempotencyStore store) {
        this.unitOfWork = unitOfWork;
        this.store = store;
    }

    /** @return how many expired keys were deleted; 0 when the database could not be reached (logged) */
    @Scheduled(fixedDelay = "${" + IdempotencyConfiguration.CLEANUP_INTERVAL + ":1h}",
            initialDelay = "${" + IdempotencyConfiguration.CLEANUP_INTERVAL + ":1h}")
    public long deleteExpired() {
        long deleted = 0;
        try {
            int batch;
            do {
                batch = unitOfWork.inTransaction(store::deleteExpired);
                deleted += batch;
            } while (batch == IdempotencyStore.CLEANUP_BATCH);
        } catch (RuntimeException failure) {
            LOG.warn("Could not delete expired idempotency keys, will try again: {}", failure.getMessage());
        }
        if (deleted > 0) {
            LOG.debug("Deleted {} expired idempotency keys", deleted);
        }
        return deleted;
    }
}
