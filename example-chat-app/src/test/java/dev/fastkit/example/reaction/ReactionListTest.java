package dev.fastkit.example.reaction;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, "Lists", the reactions row: sortable {@code created_at} and {@code emoji}, filterable {@code emoji} (eq, in)
 * and {@code user_id} (eq), no search, oldest first by default.
 */
@MicronautTest
class ReactionListTest extends EndToEndTest {

    Caller alice;
    String base;
    String smile;
    String heart;
    String thumbs;

    @BeforeEach
    void reactThreeTimes() {
        alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        base = "/chats/" + chat + "/messages/" + message + "/reactions";
        smile = react("😀");
        heart = react("❤");
        thumbs = react("👍");
    }

    @Test
    void shouldListOldestFirstByDefault() {
        Answer list = api.get(base, alice);

        assertThat(ids(list)).containsExactly(smile, heart, thumbs);
        assertThat(list.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void shouldSortByEmojiInTheDatabasesCollationAndNewestFirst() {
        List<Object> byEmoji = idsOrderedInTheDatabase("emoji ASC");
        List<Object> byEmojiDescending = idsOrderedInTheDatabase("emoji DESC");

        assertThat(ids(api.get(base + "?sort=emoji", alice))).containsExactlyElementsOf(byEmoji);
        assertThat(ids(api.get(base + "?sort=-emoji", alice))).containsExactlyElementsOf(byEmojiDescending);
        assertThat(ids(api.get(base + "?sort=-created_at", alice))).containsExactly(thumbs, heart, smile);
    }

    @Test
    void shouldFilterByEmojiAndUser() {
        assertThat(ids(api.get(base + "?emoji=" + encode("❤"), alice))).containsExactly(heart);
        Answer in = api.get(base + "?emoji[in]=" + encode("👍,😀"), alice);
        assertThat(ids(in)).containsExactly(smile, thumbs);
        assertThat(in.header("X-Total-Count")).isEqualTo("2");
        assertThat(ids(api.get(base + "?user_id=" + alice.id(), alice))).containsExactly(smile, heart, thumbs);
        assertThat(ids(api.get(base + "?user_id=" + signUp().id(), alice))).isEmpty();
    }

    @Test
    void shouldAnswer422ForWhatTheListDoesNotDeclare() {
        Map<String, String> pointers = Map.of(
                "sort=user_id", "sort",
                "created_at=2026-11-01T00:00:00Z", "created_at",
                "emoji[contains]=x", "emoji[contains]",
                "user_id[in]=" + alice.id(), "user_id[in]",
                "user_id=not-a-uuid", "user_id",
                "q=smile", "q");
        pointers.forEach((query, pointer) -> {
            Answer answer = api.get(base + "?" + query, alice);

            assertThat(answer.status()).as(query).isEqualTo(422);
            assertThat(errorPointers(answer)).as(query).contains(pointer);
        });
    }

    @Test
    void shouldFollowCursorPagesInOrder() {
        Answer first = api.get(base + "?limit=2", alice);
        assertThat(ids(first)).containsExactly(smile, heart);
        String next = first.header("Link");
        assertThat(next).endsWith("; rel=\"next\"");

        Answer second = api.get(next.substring(1, next.indexOf('>')), alice);

        assertThat(ids(second)).containsExactly(thumbs);
        assertThat(second.header("Link")).isNull();
    }

    private String react(String emoji) {
        Answer created = api.post(base, alice, "{\"emoji\": \"" + emoji + "\"}");
        assertThat(created.status()).as("react %s: %s", emoji, created).isEqualTo(201);
        return created.id();
    }

    private static List<Object> ids(Answer list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.array().stream().map(item -> item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> errorPointers(Answer answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.json().get("errors");
        return errors == null ? List.of() : errors.stream().map(error -> error.get("pointer")).toList();
    }

    private List<Object> idsOrderedInTheDatabase(String orderBy) {
        String message = base.split("/")[4];
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id::text FROM reactions WHERE message_id = ?::uuid ORDER BY " + orderBy)) {
            query.setString(1, message);
            List<Object> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
