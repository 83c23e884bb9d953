package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sort} and the default orders, over text, nullable text, instants, numbers, decimals, enums and dates. */
@MicronautTest(environments = "test", transactional = false)
class ListSortTest extends ListTestSupport {

    @Test
    void shouldSortByTitleAscendingAndDescending() {
        notebook(alice, "bravo", null);
        notebook(alice, "charlie", null);
        notebook(alice, "alpha", null);

        assertThat(titles(listed(alice, "/notebooks", "sort", "title"))).containsExactly("alpha", "bravo", "charlie");
        assertThat(titles(listed(alice, "/notebooks", "sort", "-title"))).containsExactly("charlie", "bravo", "alpha");
    }

    @Test
    void shouldListNewestFirstByDefaultAndByCreationTimeEitherWay() {
        notebook(alice, "bravo", null);
        notebook(alice, "charlie", null);
        notebook(alice, "alpha", null);

        assertThat(titles(listed(alice, "/notebooks"))).containsExactly("alpha", "charlie", "bravo");
        assertThat(titles(listed(alice, "/notebooks", "sort", "-created_at")))
                .containsExactly("alpha", "charlie", "bravo");
        assertThat(titles(listed(alice, "/notebooks", "sort", "created_at")))
                .containsExactly("bravo", "charlie", "alpha");
        assertThat(titles(listed(alice, "/notebooks", "sort", "-updated_at")))
                .containsExactly("alpha", "charlie", "bravo");
    }

    @Test
    void shouldSortByUpdatedAtAfterAnUpdate() {
        String first = notebook(alice, "first", null);
        notebook(alice, "second", null);
        HttpTestClient.Reply patched = http.patch("/notebooks/" + first).header(PRINCIPAL, alice)
                .json("{\"description\": \"touched\"}").send();
        assertThat(patched.status()).isEqualTo(200);

        assertThat(titles(listed(alice, "/notebooks", "sort", "-updated_at"))).containsExactly("first", "second");
        assertThat(titles(listed(alice, "/notebooks", "sort", "-created_at"))).containsExactly("second", "first");
    }

    @Test
    void shouldSortByTheNextKeyWithinTiesAndNullsLastAscending() {
        notebook(alice, "a", "same");
        notebook(alice, "b", "other");
        notebook(alice, "c", "same");
        notebook(alice, "d", null);

        assertThat(titles(listed(alice, "/notebooks", "sort", "description,-title")))
                .containsExactly("b", "c", "a", "d");
        assertThat(titles(listed(alice, "/notebooks", "sort", "-description,title")))
                .containsExactly("d", "a", "c", "b");
        assertThat(titles(listed(alice, "/notebooks", "sort", "description, title")))
                .containsExactly("b", "a", "c", "d");
    }

    @Test
    void shouldBreakTiesByIdInTheLastKeysDirection() {
        List<String> ids = new ArrayList<>();
        for (String title : List.of("a", "b", "c", "d")) {
            ids.add(notebook(alice, title, "same"));
        }
        Collections.sort(ids);
        List<String> descending = new ArrayList<>(ids);
        Collections.reverse(descending);

        assertThat(ids(listed(alice, "/notebooks", "sort", "description"))).containsExactlyElementsOf(ids);
        assertThat(ids(listed(alice, "/notebooks", "sort", "-description"))).containsExactlyElementsOf(descending);
    }

    @Test
    void shouldListNotesOldestFirstWithoutADeclaredDefault() {
        String notebook = notebook(alice, "notes", null);
        note(alice, notebook, "one");
        note(alice, notebook, "two");
        note(alice, notebook, "three");

        String notes = "/notebooks/" + notebook + "/notes";
        assertThat(values(listed(alice, notes), "body")).containsExactly("one", "two", "three");
        assertThat(values(listed(alice, notes, "sort", "-created_at"), "body")).containsExactly("three", "two", "one");
    }

    @Test
    void shouldSortNumbersAsNumbersAndNullableKeysNullsLastAscending() {
        reading(alice, "nine", 9, "10.00", "METER", "2026-02-01");
        reading(alice, "hundred", 100, null, "ESTIMATE", null);
        reading(alice, "ten", 10, "9.50", "GAUGE", "2026-01-01");

        assertThat(values(listed(alice, "/readings"), "label")).containsExactly("nine", "hundred", "ten");
        assertThat(values(listed(alice, "/readings", "sort", "amount"), "label"))
                .containsExactly("nine", "ten", "hundred");
        assertThat(values(listed(alice, "/readings", "sort", "-amount"), "label"))
                .containsExactly("hundred", "ten", "nine");
        assertThat(values(listed(alice, "/readings", "sort", "weight"), "label"))
                .containsExactly("ten", "nine", "hundred");
        assertThat(values(listed(alice, "/readings", "sort", "-weight"), "label"))
                .containsExactly("hundred", "nine", "ten");
        assertThat(values(listed(alice, "/readings", "sort", "kind"), "label"))
                .containsExactly("hundred", "ten", "nine");
        assertThat(values(listed(alice, "/readings", "sort", "taken_on"), "label"))
                .containsExactly("ten", "nine", "hundred");
        assertThat(values(listed(alice, "/readings", "sort", "-taken_on"), "label"))
                .containsExactly("hundred", "nine", "ten");
    }
}
