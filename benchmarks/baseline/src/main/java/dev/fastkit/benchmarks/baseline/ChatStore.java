package dev.fastkit.benchmarks.baseline;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hand-written JDBC for the benchmarked routes: reads in auto-commit (optionally in a read-only transaction), writes
 * in one transaction, and the check that
 * the token's user still exists (cached like the security module's principal cache).
 */
@Singleton
class ChatStore {

    private static final String CHAT_COLUMNS = "id, title, description, user_id, created_at, updated_at, version";
    private static final String MESSAGE_COLUMNS = "id, chat_id, user_id, content, created_at, updated_at";

    private final DataSource dataSource;
    private final long userCacheNanos;
    private final Map<UUID, Long> knownUsers = new ConcurrentHashMap<>();

    private final boolean readTransactions;

    ChatStore(DataSource dataSource, @Value("${baseline.user-cache.time-to-live:30s}") Duration userCacheTimeToLive,
              @Value("${baseline.read-transactions:false}") boolean readTransactions) {
        this.dataSource = dataSource;
        this.userCacheNanos = userCacheTimeToLive.toNanos();
        this.readTransactions = readTransactions;
    }

    Optional<Chat> find(UUID userId, UUID chatId) {
        return read(connection -> findChat(connection, userId, chatId));
    }

    Optional<ChatWithMessagesRead> findWithMessages(UUID userId, UUID chatId, int messagesLimit) {
        return read(connection -> {
            Optional<Chat> chat = findChat(connection, userId, chatId);
            if (chat.isEmpty()) {
                return Optional.empty();
            }
            List<MessageRead> messages = new ArrayList<>(messagesLimit);
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + MESSAGE_COLUMNS
                    + " FROM (SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE chat_id = ?"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?) latest ORDER BY created_at, id")) {
                statement.setObject(1, chatId);
                statement.setInt(2, messagesLimit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        messages.add(message(rows));
                    }
                }
            }
            return Optional.of(ChatWithMessagesRead.of(chat.get(), messages));
        });
    }

    Optional<MessageRead> addMessage(UUID userId, UUID chatId, String content) {
        return inTransaction(connection -> {
            if (findChat(connection, userId, chatId).isEmpty()) {
                return Optional.empty();
            }
            Instant now = now();
            MessageRead message = new MessageRead(UUID.randomUUID(), chatId, userId, content, now, now);
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO messages (" + MESSAGE_COLUMNS
                    + ", version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                statement.setObject(1, message.id());
                statement.setObject(2, chatId);
                statement.setObject(3, userId);
                statement.setString(4, content);
                statement.setObject(5, now.atOffset(ZoneOffset.UTC));
                statement.setObject(6, now.atOffset(ZoneOffset.UTC));
                statement.executeUpdate();
            }
            return Optional.of(message);
        });
    }

    Optional<Chat> patch(UUID userId, UUID chatId, ChatPatch patch) {
        return inTransaction(connection -> {
            // FOR UPDATE: concurrent patches of one chat wait for each other instead of failing the version check
            Optional<Chat> current = findChat(connection, userId, chatId, " FOR UPDATE");
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Chat merged = patch.applyTo(current.get());
            Instant now = now();
            try (PreparedStatement statement = connection.prepareStatement("UPDATE chats SET title = ?,"
                    + " description = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                statement.setString(1, merged.title());
                statement.setString(2, merged.description());
                statement.setObject(3, now.atOffset(ZoneOffset.UTC));
                statement.setObject(4, chatId);
                statement.setLong(5, merged.version());
                if (statement.executeUpdate() != 1) {
                    throw new HttpStatusException(HttpStatus.CONFLICT, "The chat was changed concurrently.");
                }
            }
            return Optional.of(new Chat(merged.id(), merged.title(), merged.description(), merged.userId(),
                    merged.createdAt(), now, merged.version() + 1));
        });
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads in auto-commit, or with {@code baseline.read-transactions: true} (env
     * {@code BASELINE_READ_TRANSACTIONS}) in a read-only transaction like FastKit's unit of work, to tell the cost of
     * that transaction apart from the rest of the framework.
     */
    <T> T read(SqlWork<T> work) {
        if (!readTransactions) {
            return withConnection(work);
        }
        return withConnection(connection -> {
            connection.setReadOnly(true);
            try {
                return inTransaction(connection, work);
            } finally {
                connection.setReadOnly(false);
            }
        });
    }

    private <T> T inTransaction(SqlWork<T> work) {
        return withConnection(connection -> inTransaction(connection, work));
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static Optional<Chat> findChat(Connection connection, UUID userId, UUID chatId) throws SQLException {
        return findChat(connection, userId, chatId, "");
    }

    private static Optional<Chat> findChat(Connection connection, UUID userId, UUID chatId, String lock)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + CHAT_COLUMNS
                + " FROM chats WHERE id = ? AND user_id = ?" + lock)) {
            statement.setObject(1, chatId);
            statement.setObject(2, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(chat(rows)) : Optional.empty();
            }
        }
    }

    /**
     * The security module's per-request check: a token whose user no longer exists is a 401. Like its principal
     * cache, a user found is trusted for {@code baseline.user-cache.time-to-live} (default 30s, 0s = every request).
     */
    void requireUser(UUID userId) {
        long now = System.nanoTime();
        Long loadedAt = knownUsers.get(userId);
        if (loadedAt != null && now - loadedAt < userCacheNanos) {
            return;
        }
        boolean exists = withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
        if (!exists) {
            knownUsers.remove(userId);
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "The token's user no longer exists.");
        }
        if (userCacheNanos > 0) {
            if (knownUsers.size() >= 10_000) {
                knownUsers.clear();
            }
            knownUsers.put(userId, now);
        }
    }

    static Chat chat(ResultSet rows) throws SQLException {
        return new Chat(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                rows.getObject(4, UUID.class), instant(rows, 5), instant(rows, 6), rows.getLong(7));
    }

    static MessageRead message(ResultSet rows) throws SQLException {
        return new MessageRead(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                rows.getObject(3, UUID.class), rows.getString(4), instant(rows, 5), instant(rows, 6));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A unit of JDBC work on one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
