package dev.fastkit.core.internal.invalidation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Publishes invalidations that may trail the commit by a moment, such as list counts: collected after the writing
 * transaction has committed, and sent together at most {@value #DELAY_MILLIS} ms later as one
 * {@code SELECT pg_notify('fastkit_invalidation', payload) FROM unnest(?)} in a transaction of its own, each distinct
 * payload once.
 *
 * <p>A {@code NOTIFY} inside the writing transaction would make PostgreSQL take its notification queue lock at every
 * such commit, so every create would commit after the one before it (see the benchmarks' README); batched after the
 * commit, creates commit side by side and the other instances still learn of them within the promised second. If
 * the process dies between the commit and the batch, the other instances' counts expire by their time to live.
 * Invalidations that must not be lost (a deleted user, a changed password) go through
 * {@link InvalidationPublisher#publish} in the transaction instead.
 */
@Internal
@Singleton
@Requires(beans = DataSource.class)
public class BatchedInvalidations {

    static final long DELAY_MILLIS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(BatchedInvalidations.class);

    private final TransactionOperations<Connection> transactions;
    private final boolean enabled;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fastkit-invalidation-batch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param transactions  Micronaut's transaction manager of the default data source: one short transaction a batch
     * @param configuration the switch
     */
    public BatchedInvalidations(TransactionOperations<Connection> transactions, InvalidationConfiguration configuration) {
        this.transactions = transactions;
        this.enabled = configuration.isEnabled();
    }

    /**
     * Queues {@code topic:key} for the next batch; call it after the write committed.
     *
     * @param topic the listeners' topic, such as {@code count}; must not contain a colon
     * @param key   what changed, such as a table name
     */
    public void publishSoon(String topic, Object key) {
        if (!enabled) {
            return;
        }
        pending.add(InvalidationPublisher.payload(topic, key));
        if (scheduled.compareAndSet(false, true)) {
            sender.schedule(this::send, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void send() {
        scheduled.set(false);
        List<String> payloads = new ArrayList<>(pending);
        pending.removeAll(payloads);
        if (payloads.isEmpty()) {
            return;
        }
        try {
            transactions.executeWrite(status -> {
                Connection connection = status.getConnection();
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT pg_notify(?, payload) FROM unnest(?) AS payload")) {
                    statement.setString(1, InvalidationPublisher.CHANNEL);
                    statement.setArray(2, connection.createArrayOf("text", payloads.toArray()));
                    statement.execute();
                }
                return null;
            });
            sent.addAndGet(payloads.size());
        } catch (RuntimeException failure) {
            // the other instances' entries expire by their time to live instead
            LOG.warn("Could not publish {} invalidations: {}", payloads.size(), failure.getMessage());
        }
    }

    /** @return how many notifications this instance has sent; with {@link #isIdle()}, for tests that wait for them */
    long sent() {
        return sent.get();
    }

    /** @return whether nothing is queued or about to be sent */
    boolean isIdle() {
        return pending.isEmpty() && !scheduled.get();
    }

    /** Sends what is queued and stops the sender. */
    @PreDestroy
    void close() {
        sender.shutdown();
        send();
    }
}
