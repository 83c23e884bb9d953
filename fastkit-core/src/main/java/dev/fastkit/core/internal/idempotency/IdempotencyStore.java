package dev.fastkit.core.internal.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The table {@code fastkit_idempotency_keys} (migration {@code db/fastkit-core/R__fastkit_idempotency_keys.sql}): one
 * row per user and key, holding the request's fingerprint and its answer. Each method runs one statement on the
 * connection of the running unit of work. Rows older than the time to live count as absent everywhere.
 */
@Singleton
final class IdempotencyStore {

    /** Rows deleted by one statement of the cleanup, so that a large backlog never makes one long transaction. */
    static final int CLEANUP_BATCH = 10_000;

    private static final String COLUMNS = "k.request_hash, k.status, k.location, k.etag, k.body";
    private static final String LIVE = "k.created_at > now() - make_interval(secs => ?)";

    /** One round trip: take the key's lock without waiting, and read its live row if there is one. */
    private static final String CLAIM = "SELECT pg_try_advisory_xact_lock(?), " + COLUMNS
            + " FROM (VALUES (1)) AS one (x) LEFT JOIN fastkit_idempotency_keys k"
            + " ON k.principal = ? AND k.idempotency_key = ? AND " + LIVE;

    private static final String FIND = "SELECT " + COLUMNS + " FROM fastkit_idempotency_keys k"
            + " WHERE k.principal = ? AND k.idempotency_key = ? AND " + LIVE;

    /** Writes the answer; replaces an expired row the cleanup has not reached yet, never a live one (then 0 rows). */
    private static final String SAVE = "INSERT INTO fastkit_idempotency_keys AS k (principal, idempotency_key,"
            + " request_hash, status, location, etag, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, now())"
            + " ON CONFLICT (principal, idempotency_key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
            + " status = EXCLUDED.status, location = EXCLUDED.location, etag = EXCLUDED.etag, body = EXCLUDED.body,"
            + " created_at = EXCLUDED.created_at WHERE NOT (" + LIVE + ")";

    private static final String DELETE_EXPIRED = "DELETE FROM fastkit_idempotency_keys WHERE (principal, idempotency_key)"
            + " IN (SELECT k.principal, k.idempotency_key FROM fastkit_idempotency_keys k WHERE NOT (" + LIVE + ")"
            + " LIMIT " + CLEANUP_BATCH + ")";

    private final JdbcOperations jdbc;
    private final IdempotencyConfiguration configuration;

    IdempotencyStore(JdbcOperations jdbc, IdempotencyConfiguration configuration) {
        this.jdbc = jdbc;
        this.configuration = configuration;
    }

    /**
     * Claims a key for the running transaction: takes its advisory lock, which PostgreSQL holds until the transaction
     * ends, without waiting for it.
     *
     * @param principal the user
     * @param key       the idempotency key
     * @return whether the lock was taken, and the key's live row if there is one
     */
    Claim claim(String principal, String key) {
        return jdbc.prepareStatement(CLAIM, statement -> {
            statement.setLong(1, RequestFingerprint.lockId(principal, key));
            statement.setString(2, principal);
            statement.setString(3, key);
            statement.setDouble(4, timeToLiveSeconds());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Claim(row.getBoolean(1), stored(row, 2));
            }
        });
    }

    /**
     * @param principal the user
     * @param key       the idempotency key
     * @return the key's live row
     */
    Optional<StoredKey> find(String principal, String key) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setString(1, principal);
            statement.setString(2, key);
            statement.setDouble(3, timeToLiveSeconds());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(stored(row, 1)) : Optional.empty();
            }
        });
    }

    /**
     * @param principal   the user
     * @param key         the idempotency key
     * @param fingerprint the request's {@link RequestFingerprint}
     * @param answer      the answer to store
     * @return {@code false} if the key has a live row already (written by a transaction that committed after this
     *         one claimed the key)
     */
    boolean save(String principal, String key, byte[] fingerprint, StoredAnswer answer) {
        return jdbc.prepareStatement(SAVE, statement -> {
            statement.setString(1, principal);
            statement.setString(2, key);
            statement.setBytes(3, fingerprint);
            statement.setInt(4, answer.status());
            statement.setString(5, answer.location());
            statement.setString(6, answer.etag());
            if (answer.body() == null) {
                statement.setNull(7, Types.BINARY);
            } else {
                statement.setBytes(7, answer.body());
            }
            statement.setDouble(8, timeToLiveSeconds());
            return statement.executeUpdate() == 1;
        });
    }

    /** @return how many expired rows one statement deleted, at most {@link #CLEANUP_BATCH} */
    int deleteExpired() {
        return jdbc.prepareStatement(DELETE_EXPIRED, statement -> {
            statement.setDouble(1, timeToLiveSeconds());
            return statement.executeUpdate();
        });
    }

    private double timeToLiveSeconds() {
        return configuration.getTimeToLive().toNanos() / 1e9;
    }

    private static @Nullable StoredKey stored(ResultSet row, int first) throws SQLException {
        byte[] fingerprint = row.getBytes(first);
        if (fingerprint == null) {
            return null;
        }
        StoredAnswer answer = new StoredAnswer(row.getInt(first + 1), row.getString(first + 2),
                row.getString(first + 3), row.getBytes(first + 4));
        return new StoredKey(fingerprint, answer);
    }

    /**
     * @param locked   whether this transaction now holds the key's lock; {@code false} while another one does
     * @param existing the key's live row, or {@code null}
     */
    record Claim(boolean locked, @Nullable StoredKey existing) {
    }

    /**
     * @param fingerprint the first request's {@link RequestFingerprint}
     * @param answer      the first request's answer
     */
    record StoredKey(byte[] fingerprint, StoredAnswer answer) {
    }
}
