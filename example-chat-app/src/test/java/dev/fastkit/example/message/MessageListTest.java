package dev.fastkit.example.message;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.fastkit.example.support.ListQueries.next;
import static dev.fastkit.example.support.ListQueries.query;
import static dev.fastkit.example.support.ListQueries.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /chats/{chat_id}/messages} as API.md's table of lists says: content filtered by contains and searched,
 * oldest first, in cursor pages.
 */
@MicronautTest
class MessageListTest extends EndToEndTest {

    @Test
    void shouldListOldestFirstAndSortByCreatedAtOrUpdatedAtOnly() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        postMessage(alice, chat, "one");
        postMessage(alice, chat, "two");
        postMessage(alice, chat, "three");

        assertThat(contents(alice, chat)).containsExactly("one", "two", "three");
        assertThat(contents(alice, chat, "sort", "-created_at")).containsExactly("three", "two", "one");
        assertThat(contents(alice, chat, "sort", "-updated_at")).containsExactly("three", "two", "one");
        for (String sort : List.of("content", "user_id", "chat_id")) {
            assertProblem(api.get(query(messages(chat), "sort", sort), alice), "sort");
        }
    }

    @Test
    void shouldFilterContentWithContainsOnly() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        postMessage(alice, chat, "Let's meet at 10");
        postMessage(alice, chat, "MEET you there");
        postMessage(alice, chat, "bye");

        assertThat(contents(alice, chat, "content[contains]", "meet")).containsExactly("Let's meet at 10", "MEET you there");
        assertThat(contents(alice, chat, "content[contains]", "'s m")).containsExactly("Let's meet at 10");
        for (String refused : List.of("content", "content[starts_with]", "content[ne]", "content[in]")) {
            assertProblem(api.get(query(messages(chat), refused, "bye"), alice), refused);
        }
    }

    @Test
    void shouldCompareCreatedAtAndUpdatedAt() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        postMessage(alice, chat, "one");
        postMessage(alice, chat, "two");
        postMessage(alice, chat, "three");
        String second = (String) values(api.get(messages(chat), alice), "created_at").get(1);

        assertThat(contents(alice, chat, "created_at[gt]", second)).containsExactly("three");
        assertThat(contents(alice, chat, "created_at[lte]", second)).containsExactly("one", "two");
        assertThat(contents(alice, chat, "created_at", second)).containsExactly("two");
        assertThat(contents(alice, chat, "updated_at[gte]", second)).containsExactly("two", "three");
        assertProblem(api.get(query(messages(chat), "created_at[gt]", "2026-11-01"), alice), "created_at[gt]");
    }

    @Test
    void shouldSearchContentOfTheChatOnly() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String other = createChat(alice, "other room");
        postMessage(alice, chat, "the hiking trip is on");
        postMessage(alice, chat, "bring snacks");
        postMessage(alice, other, "hiking elsewhere");

        Answer found = api.get(query(messages(chat), "q", "hike"), alice);

        assertThat(found.status()).isEqualTo(200);
        assertThat(values(found, "content")).containsExactly("the hiking trip is on");
        assertThat(found.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldPageWithCursorsVisitingEveryMessageOnceWhileMoreArePosted() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        for (int i = 0; i < 5; i++) {
            postMessage(alice, chat, "m" + i);
        }
        List<Object> visited = new ArrayList<>();
        Answer first = api.get(query(messages(chat), "limit", "2"), alice);
        visited.addAll(values(first, "content"));
        postMessage(alice, chat, "m5");

        String page = next(first);
        assertThat(page).startsWith(messages(chat) + "?").contains("limit=2", "cursor=");
        while (page != null) {
            Answer answer = api.get(page, alice);
            assertThat(answer.status()).as("%s: %s", page, answer).isEqualTo(200);
            visited.addAll(values(answer, "content"));
            page = next(answer);
        }

        assertThat(visited).containsExactly("m0", "m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void shouldRefuseACursorOfAnotherChatAndHideAnotherUsersMessages() {
        Caller alice = signUp();
        Caller mallory = signUp();
        String chat = createChat(alice, "room");
        String other = createChat(alice, "other");
        postMessage(alice, chat, "a");
        postMessage(alice, chat, "b");
        postMessage(alice, other, "c");
        String nextPage = next(api.get(query(messages(chat), "limit", "1"), alice));
        String cursor = nextPage.substring(nextPage.indexOf("cursor="));

        assertProblem(api.get(messages(other) + "?" + cursor, alice), "cursor");
        assertThat(api.get(nextPage, mallory).status()).isEqualTo(404);
        assertThat(api.get(query(messages(chat), "q", "a"), mallory).status()).isEqualTo(404);
    }

    private static String messages(String chat) {
        return "/chats/" + chat + "/messages";
    }

    private List<Object> contents(Caller caller, String chat, String... parameters) {
        Answer answer = api.get(query(messages(chat), parameters), caller);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return values(answer, "content");
    }

    private static void assertProblem(Answer answer, String pointer) {
        assertThat(answer.status()).as("%s: %s", pointer, answer).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.pointers()).as("%s", answer).containsExactly(pointer);
    }
}
