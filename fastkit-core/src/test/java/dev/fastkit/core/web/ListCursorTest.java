package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset pages: following {@code Link: rel="next"} visits every row once in order; a foreign cursor is refused. */
@MicronautTest(environments = "test", transactional = false)
class ListCursorTest extends ListTestSupport {

    @Test
    void shouldVisitEveryRowOnceInOrderFollowingNextLinks() {
        for (int i = 0; i < 7; i++) {
            notebook(alice, "n" + i, null);
        }
        List<String> all = ids(listed(alice, "/notebooks"));

        HttpTestClient.Reply first = listed(alice, "/notebooks", "limit", "3");
        HttpTestClient.Reply second = fetch(alice, next(first));
        HttpTestClient.Reply third = fetch(alice, next(second));

        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(ids(third)).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(next(third)).isNull();
        assertThat(List.of(first, second, third)).allSatisfy(page -> assertThat(page.header("X-Total-Count"))
                .isEqualTo("7"));
    }

    @Test
    void shouldAnswerNoNextLinkWhenThePageHoldsTheLastRow() {
        notebook(alice, "a", null);
        notebook(alice, "b", null);

        assertThat(listed(alice, "/notebooks", "limit", "2").header("Link")).isNull();
        assertThat(listed(alice, "/notebooks", "limit", "3").header("Link")).isNull();
        assertThat(listed(alice, "/notebooks", "limit", "1").header("Link")).isNotNull();
    }

    @Test
    void shouldWalkOrdersWithNullsTiesAndMixedDirections() {
        String[][] rows = {{"a", "same"}, {"b", null}, {"c", "other"}, {"d", "same"}, {"e", null}, {"f", "same"},
                {"g", "other"}, {"h", null}, {"-", "-"}, {"3:abc", "1:"}, {"ü 👍 ñ", "ü 👍"}, {"- 2:x", null}};
        for (String[] row : rows) {
            notebook(alice, row[0], row[1]);
        }
        for (String sort : new String[]{"title", "-title", "description", "-description", "description,-title",
                "-description,title", "description,created_at", "-updated_at", "created_at"}) {
            List<String> expected = ids(listed(alice, "/notebooks", "sort", sort));

            assertThat(walk(alice, query("/notebooks", "sort", sort, "limit", "2"))).as("sort=%s", sort)
                    .containsExactlyElementsOf(expected);
            assertThat(walk(alice, query("/notebooks", "sort", sort, "limit", "3"))).as("sort=%s", sort)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldWalkNumbersDecimalsEnumsAndNullableDates() {
        String[] kinds = {"METER", "GAUGE", "ESTIMATE"};
        for (int i = 0; i < 9; i++) {
            reading(alice, "r" + i, i % 3, i % 2 == 0 ? null : i + ".25", kinds[i % 3],
                    i % 4 == 0 ? null : "2026-0" + (1 + i % 3) + "-01");
        }
        for (String sort : new String[]{"amount", "-amount", "amount,-created_at", "-amount,label", "weight",
                "-weight", "kind,-weight", "taken_on", "-taken_on,amount", "taken_on,-amount,weight"}) {
            List<String> expected = ids(listed(alice, "/readings", "sort", sort));

            assertThat(walk(alice, query("/readings", "sort", sort, "limit", "2"))).as("sort=%s", sort)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(walk(alice, query("/readings", "limit", "4")))
                .containsExactlyElementsOf(ids(listed(alice, "/readings")));
    }

    @Test
    void shouldWalkSearchMatchesInRankOrderAndFilteredLists() {
        notebook(alice, "hiking hiking", "hiking");
        for (int i = 0; i < 5; i++) {
            notebook(alice, "trip " + i, "hiking");
        }
        notebook(alice, "cooking", null);
        List<String> ranked = ids(listed(alice, "/notebooks", "q", "hiking"));
        assertThat(ranked).hasSize(6);

        assertThat(walk(alice, query("/notebooks", "q", "hiking", "limit", "2"))).containsExactlyElementsOf(ranked);
        assertThat(walk(alice, query("/notebooks", "title[starts_with]", "trip", "sort", "-title", "limit", "2")))
                .containsExactlyElementsOf(ids(listed(alice, "/notebooks", "title[starts_with]", "trip",
                        "sort", "-title")));
    }

    @Test
    void shouldVisitEachRowOnceWhileRowsAreInsertedAndDeletedNewestFirst() {
        for (int i = 0; i < 8; i++) {
            notebook(alice, "n" + i, null);
        }
        List<String> original = ids(listed(alice, "/notebooks"));
        List<String> visited = new ArrayList<>();

        HttpTestClient.Reply page = listed(alice, "/notebooks", "limit", "3");
        visited.addAll(ids(page));
        notebook(alice, "new 1", null);
        notebook(alice, "new 2", null);
        delete(original.get(0));
        delete(original.get(2));
        delete(original.get(4));

        page = fetch(alice, next(page));
        visited.addAll(ids(page));
        notebook(alice, "new 3", null);
        delete(original.get(7));

        page = fetch(alice, next(page));
        visited.addAll(ids(page));
        assertThat(next(page)).isNull();

        assertThat(visited).containsExactly(original.get(0), original.get(1), original.get(2), original.get(3),
                original.get(5), original.get(6));
    }

    @Test
    void shouldVisitEachRowOnceWhileRowsAreInsertedAndDeletedOldestFirst() {
        for (int i = 0; i < 6; i++) {
            notebook(alice, "n" + i, null);
        }
        List<String> original = ids(listed(alice, "/notebooks", "sort", "created_at"));
        List<String> visited = new ArrayList<>();

        HttpTestClient.Reply page = listed(alice, "/notebooks", "sort", "created_at", "limit", "2");
        visited.addAll(ids(page));
        delete(original.get(0));
        String added = notebook(alice, "added", null);

        page = fetch(alice, next(page));
        visited.addAll(ids(page));
        delete(original.get(3));
        delete(original.get(4));

        while (next(page) != null) {
            page = fetch(alice, next(page));
            visited.addAll(ids(page));
        }

        assertThat(visited).containsExactly(original.get(0), original.get(1), original.get(2), original.get(3),
                original.get(5), added);
    }

    @Test
    void shouldRefuseAChangedOrMalformedCursor() {
        for (int i = 0; i < 3; i++) {
            notebook(alice, "n" + i, null);
        }
        String cursor = cursor(listed(alice, "/notebooks", "limit", "1"));
        String[] parts = cursor.split("\\.");
        String values = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String changedValues = values.substring(0, values.length() - 1) + (values.endsWith("0") ? "1" : "0");
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changedValues.getBytes(StandardCharsets.UTF_8)) + "." + parts[1];

        for (String bad : new String[]{forged, parts[0], parts[0] + ".", "." + parts[1], cursor + "A",
                cursor.substring(0, cursor.length() - 2), "not a cursor", "%%%", "", parts[1] + "." + parts[0]}) {
            assertProblem(list(alice, "/notebooks", "limit", "1", "cursor", bad), "cursor");
        }
        assertThat(listed(alice, "/notebooks", "limit", "1", "cursor", cursor).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseACursorWithAnotherSortFilterSearchOrResource() {
        String notebook = notebook(alice, "hiking one", "hiking");
        notebook(alice, "hiking two", "hiking");
        notebook(alice, "hiking three", "hiking");
        note(alice, notebook, "a");
        note(alice, notebook, "b");
        String byTitle = cursor(listed(alice, "/notebooks", "sort", "title", "limit", "1"));
        String filtered = cursor(listed(alice, "/notebooks", "title[starts_with]", "hik", "limit", "1"));
        String searched = cursor(listed(alice, "/notebooks", "q", "hiking", "limit", "1"));
        String notes = cursor(listed(alice, "/notebooks/" + notebook + "/notes", "limit", "1"));

        assertProblem(list(alice, "/notebooks", "sort", "-title", "cursor", byTitle), "cursor");
        assertProblem(list(alice, "/notebooks", "cursor", byTitle), "cursor");
        assertProblem(list(alice, "/notebooks", "sort", "title,created_at", "cursor", byTitle), "cursor");
        assertProblem(list(alice, "/notebooks", "sort", "title", "title[starts_with]", "hik", "cursor", byTitle),
                "cursor");
        assertProblem(list(alice, "/notebooks", "cursor", filtered), "cursor");
        assertProblem(list(alice, "/notebooks", "title[starts_with]", "hi", "cursor", filtered), "cursor");
        assertProblem(list(alice, "/notebooks", "title[contains]", "hik", "cursor", filtered), "cursor");
        assertProblem(list(alice, "/notebooks", "q", "hiking trip", "cursor", searched), "cursor");
        assertProblem(list(alice, "/notebooks", "cursor", searched), "cursor");
        assertProblem(list(alice, "/notebooks", "sort", "title", "q", "null", "cursor", byTitle), "cursor");
        assertProblem(list(alice, "/notebooks", "cursor", notes), "cursor");
        assertProblem(list(alice, "/notebooks/" + notebook + "/notes", "cursor", byTitle), "cursor");

        assertThat(listed(alice, "/notebooks", "sort", "title", "limit", "5", "fields", "title", "cursor", byTitle)
                .json().size()).as("limit and fields may change between pages").isEqualTo(2);
    }

    @Test
    void shouldRefuseACursorWithSkip() {
        notebook(alice, "a", null);
        notebook(alice, "b", null);
        String cursor = cursor(listed(alice, "/notebooks", "limit", "1"));

        assertProblem(list(alice, "/notebooks", "skip", "0", "cursor", cursor), "cursor");
        assertProblem(list(alice, "/notebooks", "skip", "1", "cursor", cursor), "cursor");
    }

    @Test
    void shouldRefuseAnotherUsersCursorAndNeverCrossOwnership() {
        String first = notebook(alice, "alice one", "secret");
        notebook(alice, "alice two", "secret");
        notebook(bob, "bob one", "mine");
        notebook(bob, "bob two", "mine");
        String alices = cursor(listed(alice, "/notebooks", "limit", "1"));
        String notes = listedNotes(first);

        assertProblem(list(bob, "/notebooks", "limit", "1", "cursor", alices), "cursor");
        assertThat(list(bob, "/notebooks/" + first + "/notes", "cursor", notes).status()).isEqualTo(404);
        HttpTestClient.Reply foreign = listed(alice, "/notebooks", "owner_id", bob);
        assertThat(foreign.json().size()).isZero();
        assertThat(foreign.header("X-Total-Count")).isEqualTo("0");
        assertThat(titles(listed(alice, "/notebooks", "owner_id[in]", alice + "," + bob, "sort", "title")))
                .containsExactly("alice one", "alice two");
        assertThat(titles(listed(alice, "/notebooks", "q", "mine"))).isEmpty();
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "bob"))).isEmpty();
        assertThat(titles(listed(bob, "/notebooks", "description", "secret"))).isEmpty();
    }

    @Test
    void shouldRefuseANotesCursorOfAnotherNotebook() {
        String one = notebook(alice, "one", null);
        String two = notebook(alice, "two", null);
        note(alice, two, "x");
        note(alice, two, "y");
        String cursor = listedNotes(one);

        assertProblem(list(alice, "/notebooks/" + two + "/notes", "limit", "1", "cursor", cursor), "cursor");
    }

    /** A cursor of a notebook's notes, after creating two. */
    private String listedNotes(String notebook) {
        note(alice, notebook, "first");
        note(alice, notebook, "second");
        return cursor(listed(alice, "/notebooks/" + notebook + "/notes", "limit", "1"));
    }

    private void delete(String id) {
        assertThat(http.delete("/notebooks/" + id).header(PRINCIPAL, alice).send().status()).isEqualTo(204);
    }
}
