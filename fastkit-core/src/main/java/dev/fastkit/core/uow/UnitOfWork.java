package dev.fastkit.core.uow;

import dev.fastkit.core.internal.uow.DatabaseFailures;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs all repository calls of one operation in one database transaction on one connection, and turns database
 * failures into HTTP answers. It wraps Micronaut's {@link TransactionOperations}; it does not implement transactions
 * itself.
 *
 * <p>Lifecycle of {@link #inTransaction(Supplier)}: the work is committed if the callback finishes normally and rolled
 * back if it throws anything. When PostgreSQL reports a serialization failure or a deadlock, or an entity's
 * {@code @Version} changed meanwhile, the whole callback runs again, up to
 * {@link UnitOfWorkConfiguration#getMaxAttempts()} times in all; the callback must therefore have no effect outside
 * the database (use {@link #afterCommit(Runnable)} for those). A failure is then translated by
 * {@link DatabaseFailures}: 409, 404, 412, 422 or 503 as fits, never a 500 for something the client did.
 *
 * <p>A unit of work started inside another joins it: it neither commits, retries nor translates on its own; the
 * outermost one does.
 */
@Singleton
public class UnitOfWork {

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final UnitOfWorkConfiguration configuration;

    /**
     * @param transactions  Micronaut's transaction manager of the default data source
     * @param connections   Micronaut's connection manager of the default data source
     * @param configuration the retry settings
     */
    public UnitOfWork(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections,
                      UnitOfWorkConfiguration configuration) {
        this.transactions = transactions;
        this.connections = connections;
        this.configuration = configuration;
    }

    /**
     * Runs {@code work} in a read-write transaction and returns its result.
     *
     * @param work the repository calls of one operation
     * @param <T>  the result type
     * @return what {@code work} returned, after the commit
     * @throws dev.fastkit.core.error.FastKitException for database failures a client caused or may retry
     */
    public <T> T inTransaction(Supplier<T> work) {
        return run(TransactionDefinition.DEFAULT, work);
    }

    /**
     * Runs the reads of one operation on one read-only connection, without a transaction: each statement sees what was
     * committed when it started, exactly as inside a transaction at PostgreSQL's default isolation (READ COMMITTED),
     * but without the {@code BEGIN}/{@code COMMIT} round trips. Inside a running unit of work it joins that one.
     *
     * @param work the reads of one operation
     * @param <T>  the result type
     * @return what {@code work} returned
     * @throws dev.fastkit.core.error.FastKitException for database failures, such as 503 when PostgreSQL is gone
     */
    public <T> T read(Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return work.get();
        }
        try {
            return connections.execute(ConnectionDefinition.READ_ONLY, status -> work.get());
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }

    /**
     * Runs {@code work} in a read-write transaction, like {@link #inTransaction(Supplier)}, for work without a result.
     *
     * @param work the repository calls of one operation
     */
    public void useTransaction(Runnable work) {
        run(TransactionDefinition.DEFAULT, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the current unit of work has committed; never when it rolls back or is retried.
     *
     * @param action work outside the database, such as sending an event
     * @throws IllegalStateException if no unit of work is running
     */
    public void afterCommit(Runnable action) {
        var status = transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("afterCommit needs a running unit of work"));
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private <T> T run(TransactionDefinition definition, Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return transactions.execute(definition, status -> work.get());
        }
        int attempt = 1;
        while (true) {
            try {
                return transactions.execute(definition, status -> work.get());
            } catch (RuntimeException failure) {
                if (attempt >= configuration.getMaxAttempts() || !DatabaseFailures.isRetryable(failure)) {
                    throw DatabaseFailures.translate(failure);
                }
                backOff(attempt++);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
