package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Filters of GET /notebooks, /notebooks/{id}/notes and /readings, one operator at a time, against PostgreSQL. */
@MicronautTest(environments = "test", transactional = false)
class ListFilterTest extends ListTestSupport {

    @Test
    void shouldMatchEqualityExactlyAndCaseSensitively() {
        notebook(alice, "Weekend", null);
        notebook(alice, "weekend", null);
        notebook(alice, "Weekend plans", null);

        assertThat(titles(listed(alice, "/notebooks", "title", "Weekend"))).containsExactly("Weekend");
        assertThat(titles(listed(alice, "/notebooks", "title", "weekend"))).containsExactly("weekend");
        assertThat(titles(listed(alice, "/notebooks", "title", "WEEKEND"))).isEmpty();
    }

    @Test
    void shouldMatchContainsAndStartsWithCaseInsensitively() {
        notebook(alice, "Weekend Plans", null);
        notebook(alice, "Long weekend", null);
        notebook(alice, "Work", null);

        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "WEEKEND", "sort", "title")))
                .containsExactly("Long weekend", "Weekend Plans");
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "week"))).containsExactly("Weekend Plans");
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "LONG W"))).containsExactly("Long weekend");
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "weekend plans!"))).isEmpty();
    }

    @Test
    void shouldMatchPercentUnderscoreAndBackslashLiterally() {
        for (String title : List.of("100% pure", "100 pure", "1000 pure", "a_b", "axb", "back\\slash", "backslash")) {
            notebook(alice, title, null);
        }

        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "%"))).containsExactly("100% pure");
        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "0% p"))).containsExactly("100% pure");
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "100%"))).containsExactly("100% pure");
        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "_"))).containsExactly("a_b");
        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "a_"))).containsExactly("a_b");
        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "\\"))).containsExactly("back\\slash");
        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "k\\s"))).containsExactly("back\\slash");
        assertThat(titles(listed(alice, "/notebooks", "title[contains]", "\\%"))).isEmpty();
    }

    @Test
    void shouldMatchAnyOfSeveralValuesWithIn() {
        for (String title : List.of("alpha", "bravo", "charlie", "delta")) {
            notebook(alice, title, null);
        }

        assertThat(titles(listed(alice, "/notebooks", "title[in]", "alpha,charlie,zulu", "sort", "title")))
                .containsExactly("alpha", "charlie");
        assertThat(titles(listed(alice, "/notebooks", "title[in]", "delta"))).containsExactly("delta");
        assertThat(listed(alice, "/notebooks", "owner_id[in]", bob + "," + alice).header("X-Total-Count"))
                .isEqualTo("4");
    }

    @Test
    void shouldSelectNullOrSetFieldsWithTheNullOperator() {
        notebook(alice, "with", "a description");
        notebook(alice, "without", null);

        assertThat(titles(listed(alice, "/notebooks", "description[null]", "true"))).containsExactly("without");
        assertThat(titles(listed(alice, "/notebooks", "description[null]", "false"))).containsExactly("with");
    }

    @Test
    void shouldKeepRowsWhereANullableFieldIsNullWithNe() {
        notebook(alice, "x", "red");
        notebook(alice, "y", "blue");
        notebook(alice, "z", null);

        assertThat(titles(listed(alice, "/notebooks", "description[ne]", "red", "sort", "title")))
                .containsExactly("y", "z");
        assertThat(titles(listed(alice, "/notebooks", "title[ne]", "x", "sort", "title"))).containsExactly("y", "z");
        assertThat(titles(listed(alice, "/notebooks", "description", "red"))).containsExactly("x");
    }

    @Test
    void shouldCompareInstantsWithEveryComparisonOperator() {
        for (String title : List.of("first", "second", "third", "fourth")) {
            notebook(alice, title, null);
        }
        List<String> created = values(listed(alice, "/notebooks", "sort", "created_at"), "created_at");
        String second = created.get(1);

        assertThat(titles(listed(alice, "/notebooks", "created_at", second))).containsExactly("second");
        assertThat(titles(listed(alice, "/notebooks", "created_at[lt]", second))).containsExactly("first");
        assertThat(titles(listed(alice, "/notebooks", "created_at[lte]", second, "sort", "created_at")))
                .containsExactly("first", "second");
        assertThat(titles(listed(alice, "/notebooks", "created_at[gt]", second, "sort", "created_at")))
                .containsExactly("third", "fourth");
        assertThat(titles(listed(alice, "/notebooks", "created_at[gte]", second, "sort", "created_at")))
                .containsExactly("second", "third", "fourth");
        assertThat(titles(listed(alice, "/notebooks", "updated_at[lt]", created.get(2), "sort", "created_at")))
                .containsExactly("first", "second");
    }

    @Test
    void shouldReadInstantsWithAnyOffsetAndAnUnencodedPlus() {
        notebook(alice, "first", null);
        notebook(alice, "second", null);
        String second = values(listed(alice, "/notebooks", "sort", "created_at"), "created_at").get(1);
        String plusOne = OffsetDateTime.parse(second).withOffsetSameInstant(ZoneOffset.ofHours(1)).toString();

        assertThat(titles(listed(alice, "/notebooks", "created_at[gte]", plusOne))).containsExactly("second");
        HttpTestClient.Reply rawPlus = fetch(alice, "/notebooks?created_at%5Bgte%5D=" + plusOne);
        assertThat(rawPlus.status()).as("%s", rawPlus).isEqualTo(200);
        assertThat(titles(rawPlus)).containsExactly("second");
    }

    @Test
    void shouldCombineFiltersWithAnd() {
        notebook(alice, "alpha one", "set");
        notebook(alice, "alpha two", null);
        notebook(alice, "beta", "set");

        assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", "alpha", "description[null]", "false")))
                .containsExactly("alpha one");
        assertThat(listed(alice, "/notebooks", "title[starts_with]", "alpha", "description[null]", "false")
                .header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldTreatInjectionShapedValuesAsPlainValues() {
        List<String> nasty = List.of("O'Brien", "'; DROP TABLE notebooks; --", "\"; DROP TABLE notes; --",
                "back\\slash\\", "Robert'); DELETE FROM notebooks WHERE ('1'='1", "\\'; SELECT pg_sleep(5); --");
        for (String title : nasty) {
            notebook(alice, title, title);
        }

        for (String title : nasty) {
            assertThat(titles(listed(alice, "/notebooks", "title", title))).as(title).containsExactly(title);
            assertThat(titles(listed(alice, "/notebooks", "title[contains]", title))).as(title).containsExactly(title);
            assertThat(titles(listed(alice, "/notebooks", "title[starts_with]", title))).as(title)
                    .containsExactly(title);
            assertThat(titles(listed(alice, "/notebooks", "title[in]", title))).as(title).containsExactly(title);
            assertThat(titles(listed(alice, "/notebooks", "description[ne]", title))).as(title)
                    .hasSize(nasty.size() - 1);
            assertThat(list(alice, "/notebooks", "q", title).status()).as("q=%s", title).isEqualTo(200);
        }
        assertProblem(list(alice, "/notebooks", "title' OR '1'='1", "x"), "title' OR '1'='1");
        assertProblem(list(alice, "/notebooks", "sort", "title; DROP TABLE notebooks"), "sort");
        assertProblem(list(alice, "/notebooks", "title[contains]; DROP TABLE notebooks", "x"),
                "title[contains]; DROP TABLE notebooks");
        assertThat(listed(alice, "/notebooks").header("X-Total-Count")).isEqualTo(String.valueOf(nasty.size()));
    }

    @Test
    void shouldFilterNotesWithinTheirNotebookOnly() {
        String groceries = notebook(alice, "groceries", null);
        String hardware = notebook(alice, "hardware", null);
        note(alice, groceries, "buy milk");
        note(alice, groceries, "call mum");
        note(alice, hardware, "buy nails");

        HttpTestClient.Reply bought = listed(alice, "/notebooks/" + groceries + "/notes", "body[contains]", "BUY");

        assertThat(values(bought, "body")).containsExactly("buy milk");
        assertThat(bought.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldFilterNumbersDecimalsEnumsAndDatesByTheirType() {
        reading(alice, "a", 5, null, "METER", "2026-01-15");
        reading(alice, "b", 10, "1.50", "GAUGE", null);
        reading(alice, "c", 20, "2.25", "METER", "2026-03-01");

        assertThat(values(listed(alice, "/readings", "amount[gt]", "5"), "label")).containsExactly("b", "c");
        assertThat(values(listed(alice, "/readings", "amount[lte]", "10"), "label")).containsExactly("a", "b");
        assertThat(values(listed(alice, "/readings", "amount[in]", "5,20"), "label")).containsExactly("a", "c");
        assertThat(values(listed(alice, "/readings", "amount[ne]", "10"), "label")).containsExactly("a", "c");
        assertThat(values(listed(alice, "/readings", "weight", "1.5"), "label")).containsExactly("b");
        assertThat(values(listed(alice, "/readings", "weight[gte]", "2"), "label")).containsExactly("c");
        assertThat(values(listed(alice, "/readings", "weight[gte]", "1e0"), "label")).containsExactly("b", "c");
        assertThat(values(listed(alice, "/readings", "weight[lt]", "2"), "label")).containsExactly("b");
        assertThat(values(listed(alice, "/readings", "weight[null]", "true"), "label")).containsExactly("a");
        assertThat(values(listed(alice, "/readings", "kind", "METER"), "label")).containsExactly("a", "c");
        assertThat(values(listed(alice, "/readings", "kind[in]", "GAUGE,ESTIMATE"), "label")).containsExactly("b");
        assertThat(values(listed(alice, "/readings", "taken_on[gt]", "2026-02-01"), "label")).containsExactly("c");
        assertThat(values(listed(alice, "/readings", "taken_on[lt]", "2026-02-01"), "label")).containsExactly("a");
        assertThat(values(listed(alice, "/readings", "taken_on[null]", "true"), "label")).containsExactly("b");
    }
}
