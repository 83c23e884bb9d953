package dev.fastkit.core.internal.invalidation;

import io.micronaut.core.annotation.Internal;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells every instance over the same PostgreSQL database that a cached value is stale: {@code SELECT pg_notify(
 * 'fastkit_invalidation', 'topic:key')} on the connection of the running transaction. PostgreSQL delivers a
 * notification to the listening sessions only when that transaction commits, and never when it rolls back (see the
 * documentation of {@code NOTIFY}), so listeners hear of exactly the committed changes. Identical payloads within one
 * transaction are delivered once. The publishing instance receives its own notification too; invalidating twice is
 * harmless.
 *
 * <p>With {@code fastkit.invalidation.enabled: false} it publishes nothing.
 */
@Internal
@Singleton
public class InvalidationPublisher {

    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "fastkit_invalidation";

    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    private static final int MAX_PAYLOAD_CHARS = 2000;

    private final TransactionOperations<Connection> transactions;
    private final boolean enabled;

    /**
     * @param transactions  Micronaut's transaction manager of the default data source
     * @param configuration the switch
     */
    public InvalidationPublisher(TransactionOperations<Connection> transactions, InvalidationConfiguration configuration) {
        this.transactions = transactions;
        this.enabled = configuration.isEnabled();
    }

    /**
     * @param topic a listeners' topic; must not contain a colon
     * @param key   what changed
     * @return {@code topic:key}
     * @throws IllegalArgumentException if the topic contains a colon or the payload is too long
     */
    static String payload(String topic, Object key) {
        if (topic.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A topic must not contain ':': " + topic);
        }
        String payload = topic + ':' + key;
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("Invalidation payload too long: " + payload.length() + " characters");
        }
        return payload;
    }

    /**
     * Publishes {@code topic:key} in the running transaction: the listeners of {@code topic} on every instance get
     * {@code key} once it commits, usually within milliseconds.
     *
     * @param topic the listeners' topic, such as {@code principal}; must not contain a colon
     * @param key   what changed, such as a user id; its {@code toString()} is sent, at most 2000 characters
     * @throws IllegalStateException    if no transaction is running
     * @throws IllegalArgumentException if the topic contains a colon or the payload is too long
     * @throws DataAccessException     if the statement fails, wrapping the {@link SQLException}: the unit of work
     *                                  rolls back and translates it
     */
    public void publish(String topic, Object key) {
        if (!enabled) {
            return;
        }
        String payload = payload(topic, key);
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("Invalidations are published inside a unit of work");
        }
        try (PreparedStatement statement = transactions.getConnection().prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException failure) {
            throw new DataAccessException("Could not publish an invalidation: " + failure.getMessage(),
                    failure);
        }
    }
}
