package dev.fastkit.benchmarks.baseline;

import dev.fastkit.benchmarks.baseline.ListCursors.Position;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written JDBC for the list routes the list scenarios use (API.md, "Lists"): one page of {@code limit + 1} rows
 * (the extra row tells whether a next page exists), keyset pages after a cursor ({@code (key, id) > (?, ?)}, which the
 * (key, id) indexes serve as a range), offset pages, and {@code count(*)} for {@code X-Total-Count} unless the caller
 * sent {@code Prefer: count=none} or the page itself tells the total. Same predicates and order as FastKit's
 * statements; the search is written as PostgreSQL's manual writes ranked searches (the query once in {@code FROM}, the
 * rank ordered by its alias).
 */
@Singleton
class ListStore {

    /** The searched document, spelled as the GIN index {@code messages_search_idx} is. */
    static final String MESSAGE_DOCUMENT = "to_tsvector('english', coalesce(content, ''))";

    private static final String CHAT_COLUMNS = "id, title, description, user_id, created_at, updated_at, version";
    private static final String MESSAGE_COLUMNS = "id, chat_id, user_id, content, created_at, updated_at";

    private final ChatStore store;

    ListStore(ChatStore store) {
        this.store = store;
    }

    /**
     * One page of a list.
     *
     * @param items      the rows of the page
     * @param totalCount the rows the list matches, {@code null} when not counted
     * @param last       the sort-key value and id of the page's last row when more rows follow, else {@code null}
     */
    record Rows<T>(List<T> items, @Nullable Long totalCount, @Nullable Position last) {
    }

    /**
     * A chat list: one sort key (a column name checked by the controller) and the title filters.
     */
    record ChatQuery(String sortColumn, boolean descending, @Nullable String titleContains,
                     @Nullable String titleStartsWith, @Nullable Position after, long skip, int limit,
                     boolean counted) {
    }

    /**
     * A message list: by {@code created_at} (either way), or by search rank when {@code q} is given without a sort.
     */
    record MessageQuery(boolean rankOrder, boolean descending, @Nullable Instant createdFrom, @Nullable String q,
                        @Nullable Position after, long skip, int limit, boolean counted) {
    }

    Rows<ChatRead> chats(UUID userId, ChatQuery query) {
        return store.read(connection -> {
            Sql where = new Sql(" FROM chats WHERE user_id = ?", userId);
            if (query.titleContains() != null) {
                where.add(" AND title ILIKE ? ESCAPE '\\'", "%" + likeLiteral(query.titleContains()) + "%");
            }
            if (query.titleStartsWith() != null) {
                where.add(" AND title ILIKE ? ESCAPE '\\'", likeLiteral(query.titleStartsWith()) + "%");
            }
            boolean timestamp = !query.sortColumn().equals("title");
            Sql page = new Sql("SELECT " + CHAT_COLUMNS).add(where);
            if (query.after() != null) {
                Object value = timestamp ? query.after().instant().atOffset(ZoneOffset.UTC) : query.after().value();
                page.add(" AND (" + query.sortColumn() + ", id) " + (query.descending() ? "<" : ">") + " (?, ?)",
                        value, query.after().id());
            }
            String direction = query.descending() ? " DESC" : " ASC";
            page.add(" ORDER BY " + query.sortColumn() + direction + ", id" + direction + " LIMIT ?", query.limit() + 1);
            if (query.after() == null) {
                page.add(" OFFSET ?", query.skip());
            }
            List<Chat> rows = new ArrayList<>(query.limit() + 1);
            try (PreparedStatement statement = page.prepare(connection); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(ChatStore.chat(result));
                }
            }
            boolean more = rows.size() > query.limit();
            List<Chat> kept = more ? rows.subList(0, query.limit()) : rows;
            Position last = null;
            if (more) {
                Chat chat = kept.get(kept.size() - 1);
                String value = switch (query.sortColumn()) {
                    case "created_at" -> ListCursors.value(chat.createdAt());
                    case "updated_at" -> ListCursors.value(chat.updatedAt());
                    default -> chat.title();
                };
                last = new Position(value, chat.id());
            }
            Long total = total(connection, query.counted(), query.after() == null, more, kept.size(), query.skip(),
                    new Sql("SELECT count(*)").add(where));
            return new Rows<>(kept.stream().map(Chat::toRead).toList(), total, last);
        });
    }

    /** @return the page, or empty when the chat is not the user's (404) */
    Optional<Rows<MessageRead>> messages(UUID userId, UUID chatId, MessageQuery query) {
        return store.read(connection -> {
            if (ChatStore.findChat(connection, userId, chatId).isEmpty()) {
                return Optional.empty();
            }
            Sql where = query.q() == null ? new Sql(" FROM messages")
                    : new Sql(" FROM messages, websearch_to_tsquery('english', ?) query", query.q());
            where.add(" WHERE user_id = ? AND chat_id = ?", userId, chatId);
            if (query.createdFrom() != null) {
                where.add(" AND created_at >= ?", query.createdFrom().atOffset(ZoneOffset.UTC));
            }
            if (query.q() != null) {
                where.add(" AND " + MESSAGE_DOCUMENT + " @@ query");
            }
            String key = query.rankOrder() ? "ts_rank(" + MESSAGE_DOCUMENT + ", query)" : "created_at";
            Sql page = new Sql("SELECT " + MESSAGE_COLUMNS + (query.rankOrder() ? ", " + key + " AS rank" : ""))
                    .add(where);
            boolean descending = query.rankOrder() || query.descending();
            if (query.after() != null) {
                Object value = query.rankOrder() ? (Object) Float.valueOf(query.after().value())
                        : query.after().instant().atOffset(ZoneOffset.UTC);
                page.add(" AND (" + key + ", id) " + (descending ? "<" : ">") + " (?, ?)", value, query.after().id());
            }
            String direction = descending ? " DESC" : " ASC";
            page.add(" ORDER BY " + (query.rankOrder() ? "rank" : key) + direction + ", id" + direction + " LIMIT ?",
                    query.limit() + 1);
            if (query.after() == null) {
                page.add(" OFFSET ?", query.skip());
            }
            List<MessageRead> rows = new ArrayList<>(query.limit() + 1);
            float lastRank = 0;
            try (PreparedStatement statement = page.prepare(connection); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(ChatStore.message(result));
                    if (query.rankOrder() && rows.size() == query.limit()) {
                        lastRank = result.getFloat(7);
                    }
                }
            }
            boolean more = rows.size() > query.limit();
            List<MessageRead> kept = more ? rows.subList(0, query.limit()) : rows;
            Position last = null;
            if (more) {
                MessageRead message = kept.get(kept.size() - 1);
                last = new Position(query.rankOrder() ? Float.toString(lastRank)
                        : ListCursors.value(message.createdAt()), message.id());
            }
            Long total = total(connection, query.counted(), query.after() == null, more, kept.size(), query.skip(),
                    new Sql("SELECT count(*)").add(where));
            return Optional.of(new Rows<>(kept, total, last));
        });
    }

    /**
     * The count for {@code X-Total-Count}: none when not wanted, the page's own when a short offset page tells it,
     * else {@code count(*)} over the list's conditions.
     */
    private static @Nullable Long total(Connection connection, boolean counted, boolean offsetPage, boolean more,
                                        int size, long skip, Sql count) throws SQLException {
        if (!counted) {
            return null;
        }
        if (offsetPage && !more && (size > 0 || skip == 0)) {
            return skip + size;
        }
        try (PreparedStatement statement = count.prepare(connection); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** SQL text and its parameters, in order. */
    private static final class Sql {

        private final StringBuilder text = new StringBuilder(256);
        private final List<Object> values = new ArrayList<>();

        Sql(String text, Object... values) {
            add(text, values);
        }

        Sql add(String more, Object... moreValues) {
            text.append(more);
            values.addAll(List.of(moreValues));
            return this;
        }

        Sql add(Sql other) {
            text.append(other.text);
            values.addAll(other.values);
            return this;
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text.toString());
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        }
    }
}
