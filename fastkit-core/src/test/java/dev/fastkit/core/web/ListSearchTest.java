package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code q}: PostgreSQL full-text search over the searchable fields, best match first unless sorted. */
@MicronautTest(environments = "test", transactional = false)
class ListSearchTest extends ListTestSupport {

    @BeforeEach
    void createNotebooks() {
        notebook(alice, "Zion hiking", "hiking boots for hiking");
        notebook(alice, "Alps trip", "some hiking on the way");
        notebook(alice, "Cooking", "pasta and sauces");
        notebook(alice, "Reading list", null);
    }

    @Test
    void shouldListOnlyMatchingRowsBestMatchFirst() {
        HttpTestClient.Reply found = listed(alice, "/notebooks", "q", "hiking");

        assertThat(titles(found)).containsExactly("Zion hiking", "Alps trip");
        assertThat(found.header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void shouldOrderMatchesBySortWhenGiven() {
        assertThat(titles(listed(alice, "/notebooks", "q", "hiking", "sort", "title")))
                .containsExactly("Alps trip", "Zion hiking");
        assertThat(titles(listed(alice, "/notebooks", "q", "hiking", "sort", "-created_at")))
                .containsExactly("Alps trip", "Zion hiking");
    }

    @Test
    void shouldMatchWordsByTheirStemsNotAsSubstrings() {
        assertThat(titles(listed(alice, "/notebooks", "q", "hikes"))).containsExactly("Zion hiking", "Alps trip");
        assertThat(titles(listed(alice, "/notebooks", "q", "sauce"))).containsExactly("Cooking");
        assertThat(titles(listed(alice, "/notebooks", "q", "ook"))).isEmpty();
    }

    @Test
    void shouldTakeWebSearchSyntax() {
        assertThat(titles(listed(alice, "/notebooks", "q", "\"hiking boots\""))).containsExactly("Zion hiking");
        assertThat(titles(listed(alice, "/notebooks", "q", "hiking -boots"))).containsExactly("Alps trip");
        assertThat(titles(listed(alice, "/notebooks", "q", "pasta or boots", "sort", "title")))
                .containsExactly("Cooking", "Zion hiking");
        assertThat(titles(listed(alice, "/notebooks", "q", "alps hiking"))).containsExactly("Alps trip");
    }

    @Test
    void shouldSearchEverySearchableFieldOnlyThoseAndCombineWithFilters() {
        assertThat(titles(listed(alice, "/notebooks", "q", "reading"))).containsExactly("Reading list");
        assertThat(titles(listed(alice, "/notebooks", "q", "boots"))).containsExactly("Zion hiking");
        assertThat(titles(listed(alice, "/notebooks", "q", alice))).isEmpty();
        assertThat(titles(listed(alice, "/notebooks", "q", "hiking", "title[starts_with]", "alps")))
                .containsExactly("Alps trip");
    }

    @Test
    void shouldAnswerNothingForStopWordsAndNonsenseButNeverAnError() {
        assertThat(titles(listed(alice, "/notebooks", "q", "the"))).isEmpty();
        assertThat(titles(listed(alice, "/notebooks", "q", "&|!():*<->"))).isEmpty();
        assertThat(titles(listed(alice, "/notebooks", "q", "\"unterminated"))).isEmpty();
    }

    @Test
    void shouldSearchNotesOfTheirNotebookOnly() {
        String mountains = notebook(alice, "mountains", null);
        String kitchen = notebook(alice, "kitchen", null);
        note(alice, mountains, "pack the climbing rope");
        note(alice, mountains, "check the weather");
        note(alice, kitchen, "climbing plants for the window");

        assertThat(values(listed(alice, "/notebooks/" + mountains + "/notes", "q", "climb"), "body"))
                .containsExactly("pack the climbing rope");
    }

    @Test
    void shouldSearchOnlyTheCallersRows() {
        notebook(bob, "Bob hiking", "hiking hiking hiking");

        assertThat(titles(listed(alice, "/notebooks", "q", "hiking"))).doesNotContain("Bob hiking").hasSize(2);
        assertThat(titles(listed(bob, "/notebooks", "q", "hiking"))).containsExactly("Bob hiking");
    }

    @Test
    void shouldRefuseABlankOrOverlongQueryOrOneOnAListWithoutSearch() {
        assertProblem(list(alice, "/notebooks", "q", " "), "q");
        assertProblem(list(alice, "/notebooks", "q", "a".repeat(501)), "q");
        assertProblem(list(alice, "/readings", "q", "anything"), "q");
        assertThat(list(alice, "/notebooks", "q", "a".repeat(500)).status()).isEqualTo(200);
    }
}
