package dev.fastkit.example.chat;

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

/** {@code GET /chats} as API.md's table of lists says: what sorts, filters (with which operators) and is searched. */
@MicronautTest
class ChatListTest extends EndToEndTest {

    @Test
    void shouldSortByCreatedAtUpdatedAtAndTitleOnly() {
        Caller alice = signUp();
        createChat(alice, "bravo");
        createChat(alice, "alpha");
        createChat(alice, "charlie");

        assertThat(titles(alice, "sort", "title")).containsExactly("alpha", "bravo", "charlie");
        assertThat(titles(alice, "sort", "-title")).containsExactly("charlie", "bravo", "alpha");
        assertThat(titles(alice, "sort", "created_at")).containsExactly("bravo", "alpha", "charlie");
        assertThat(titles(alice, "sort", "-updated_at")).containsExactly("charlie", "alpha", "bravo");
        for (String sort : List.of("description", "user_id", "id", "-description")) {
            assertProblem(api.get(query("/chats", "sort", sort), alice), "sort");
        }
    }

    @Test
    void shouldListNewestFirstByDefault() {
        Caller alice = signUp();
        createChat(alice, "first");
        createChat(alice, "second");
        createChat(alice, "third");

        assertThat(titles(alice)).containsExactly("third", "second", "first");
    }

    @Test
    void shouldFilterTitlesWithEqNeInContainsAndStartsWithOnly() {
        Caller alice = signUp();
        createChat(alice, "Weekend plans");
        createChat(alice, "Long weekend");
        createChat(alice, "Work");

        assertThat(titles(alice, "title", "Work")).containsExactly("Work");
        assertThat(titles(alice, "title[ne]", "Work")).containsExactly("Long weekend", "Weekend plans");
        assertThat(titles(alice, "title[in]", "Work,Long weekend")).containsExactly("Work", "Long weekend");
        assertThat(titles(alice, "title[contains]", "WEEKEND")).containsExactly("Long weekend", "Weekend plans");
        assertThat(titles(alice, "title[starts_with]", "weekend")).containsExactly("Weekend plans");
        for (String refused : List.of("title[lt]", "title[gte]", "title[null]")) {
            assertProblem(api.get(query("/chats", refused, "x"), alice), refused);
        }
    }

    @Test
    void shouldFilterDescriptionsWithNullAndContainsOnly() {
        Caller alice = signUp();
        api.post("/chats", alice, "{\"title\": \"described\", \"description\": \"Hiking in May\"}");
        createChat(alice, "bare");

        assertThat(titles(alice, "description[null]", "true")).containsExactly("bare");
        assertThat(titles(alice, "description[null]", "false")).containsExactly("described");
        assertThat(titles(alice, "description[contains]", "in may")).containsExactly("described");
        for (String refused : List.of("description", "description[ne]", "description[starts_with]")) {
            assertProblem(api.get(query("/chats", refused, "Hiking in May"), alice), refused);
        }
    }

    @Test
    void shouldCompareCreatedAtAndUpdatedAtAndRefuseOtherOperators() {
        Caller alice = signUp();
        createChat(alice, "first");
        createChat(alice, "second");
        createChat(alice, "third");
        List<Object> created = values(api.get("/chats?sort=created_at", alice), "created_at");
        String second = (String) created.get(1);

        assertThat(titles(alice, "created_at", second)).containsExactly("second");
        assertThat(titles(alice, "created_at[lt]", second)).containsExactly("first");
        assertThat(titles(alice, "created_at[lte]", second)).containsExactly("second", "first");
        assertThat(titles(alice, "created_at[gt]", second)).containsExactly("third");
        assertThat(titles(alice, "created_at[gte]", second)).containsExactly("third", "second");
        assertThat(titles(alice, "updated_at[gte]", second, "updated_at[lt]", (String) created.get(2)))
                .containsExactly("second");
        assertProblem(api.get(query("/chats", "created_at[ne]", second), alice), "created_at[ne]");
        assertProblem(api.get(query("/chats", "updated_at[in]", second), alice), "updated_at[in]");
        assertProblem(api.get(query("/chats", "created_at[gte]", "last week"), alice), "created_at[gte]");
        assertProblem(api.get(query("/chats", "user_id", alice.id()), alice), "user_id");
    }

    @Test
    void shouldSearchTitlesAndDescriptionsBestMatchFirst() {
        Caller alice = signUp();
        api.post("/chats", alice, "{\"title\": \"Trip\", \"description\": \"a little hiking\"}");
        api.post("/chats", alice, "{\"title\": \"Hiking club\", \"description\": \"hiking every weekend, hiking\"}");
        createChat(alice, "Recipes");

        Answer found = api.get(query("/chats", "q", "hiking"), alice);

        assertThat(found.status()).isEqualTo(200);
        assertThat(values(found, "title")).containsExactly("Hiking club", "Trip");
        assertThat(found.header("X-Total-Count")).isEqualTo("2");
        assertThat(titles(alice, "q", "recipe")).containsExactly("Recipes");
        assertThat(titles(alice, "q", "hiking", "sort", "title")).containsExactly("Hiking club", "Trip");
        assertThat(titles(alice, "q", "hiking -weekend")).containsExactly("Trip");
    }

    @Test
    void shouldPageWithCursorsAndKeepEveryChatPrivate() {
        Caller alice = signUp();
        Caller mallory = signUp();
        for (int i = 0; i < 5; i++) {
            createChat(alice, "chat " + i);
        }
        createChat(mallory, "mallory's");
        List<Object> visited = new ArrayList<>();
        String page = "/chats?limit=2";
        String cursorPage = null;
        while (page != null) {
            Answer answer = api.get(page, alice);
            assertThat(answer.status()).as("%s: %s", page, answer).isEqualTo(200);
            visited.addAll(values(answer, "title"));
            cursorPage = page.contains("cursor=") ? page : cursorPage;
            page = next(answer);
        }

        assertThat(visited).containsExactly("chat 4", "chat 3", "chat 2", "chat 1", "chat 0");
        assertThat(api.get(cursorPage, mallory).status()).isEqualTo(422);
        assertProblem(api.get(query("/chats", "user_id[in]", mallory.id()), alice), "user_id[in]");
        assertThat(titles(mallory, "q", "chat")).isEmpty();
    }

    private List<Object> titles(Caller caller, String... parameters) {
        Answer answer = api.get(query("/chats", parameters), caller);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return values(answer, "title");
    }

    private static void assertProblem(Answer answer, String pointer) {
        assertThat(answer.status()).as("%s: %s", pointer, answer).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.pointers()).as("%s", answer).containsExactly(pointer);
    }
}
