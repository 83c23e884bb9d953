package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list parameter in error is a 422 problem whose pointer is the parameter's name. */
@MicronautTest(environments = "test", transactional = false)
class ListErrorTest extends ListTestSupport {

    @Test
    void shouldRefuseAnUnknownParameter() {
        assertProblem(list(alice, "/notebooks", "colour", "red"), "colour");
        assertProblem(list(alice, "/notebooks", "page", "2"), "page");
        assertProblem(list(alice, "/notebooks", "Title", "x"), "Title");
        assertProblem(list(alice, "/notebooks", "title[contains", "x"), "title[contains");
        assertProblem(list(alice, "/notebooks", "nothing[eq]", "x"), "nothing[eq]");
    }

    @Test
    void shouldRefuseARepeatedParameter() {
        assertProblem(list(alice, "/notebooks", "limit", "1", "limit", "2"), "limit");
        assertProblem(list(alice, "/notebooks", "title", "a", "title", "b"), "title");
        assertProblem(list(alice, "/notebooks", "title[contains]", "a", "title[contains]", "a"), "title[contains]");
        assertProblem(list(alice, "/notebooks", "sort", "title", "sort", "-title"), "sort");
        assertProblem(list(alice, "/notebooks", "q", "a", "q", "b"), "q");
        assertProblem(list(alice, "/notebooks", "fields", "title", "fields", "title"), "fields");
    }

    @Test
    void shouldRefuseSortingByAnUndeclaredFieldOrTwiceByOne() {
        for (String sort : new String[]{"owner_id", "id", "-id", "version", "nothing", "title,title", "title,-title",
                "", "-", "title,", ",title", "TITLE"}) {
            assertProblem(list(alice, "/notebooks", "sort", sort), "sort");
        }
        assertProblem(list(alice, "/notebooks/" + notebook(alice, "n", null) + "/notes", "sort", "body"), "sort");
    }

    @Test
    void shouldRefuseAnOperatorTheFieldDoesNotAllow() {
        for (String parameter : new String[]{"description[starts_with]", "description[in]", "title[null]",
                "title[lt]", "owner_id[ne]", "created_at[ne]", "created_at[in]", "title[like]", "title[]",
                "title[EQ]"}) {
            assertProblem(list(alice, "/notebooks", parameter, "x"), parameter);
        }
        assertProblem(list(alice, "/readings", "label[contains]", "x"), "label[contains]");
        assertProblem(list(alice, "/readings", "weight[ne]", "1"), "weight[ne]");
    }

    @Test
    void shouldRefuseAFieldThatIsNotAFilter() {
        assertProblem(list(alice, "/notebooks", "id", UUID.randomUUID().toString()), "id");
        assertProblem(list(alice, "/notebooks", "version", "0"), "version");
        assertProblem(list(alice, "/readings", "created_at[gte]", "2026-11-01T00:00:00Z"), "created_at[gte]");
    }

    @Test
    void shouldRefuseAValueThatIsNotOfTheFieldsType() {
        String[][] cases = {
                {"/notebooks", "owner_id", "not-a-uuid"},
                {"/notebooks", "owner_id", "0"},
                {"/notebooks", "owner_id", "{" + alice + "}"},
                {"/notebooks", "owner_id[in]", alice + ",nope"},
                {"/notebooks", "owner_id[in]", alice + ","},
                {"/notebooks", "created_at[gte]", "yesterday"},
                {"/notebooks", "created_at", "2026-11-01"},
                {"/notebooks", "created_at[lt]", "2026-11-01T00:00:00"},
                {"/notebooks", "updated_at[gt]", "2026-13-01T00:00:00Z"},
                {"/notebooks", "description[null]", "yes"},
                {"/notebooks", "description[null]", "TRUE"},
                {"/notebooks", "title[contains]", ""},
                {"/notebooks", "title[starts_with]", ""},
                {"/readings", "amount", "ten"},
                {"/readings", "amount[gt]", "1.5"},
                {"/readings", "amount[in]", "1,2,x"},
                {"/readings", "amount", "99999999999"},
                {"/readings", "weight[lt]", "NaN"},
                {"/readings", "weight[gte]", "Infinity"},
                {"/readings", "weight", "1,5"},
                {"/readings", "kind", "meter"},
                {"/readings", "kind[in]", "METER,NOPE"},
                {"/readings", "taken_on", "2026-13-01"},
                {"/readings", "taken_on[gt]", "2026-11-01T00:00:00Z"},
        };
        for (String[] given : cases) {
            assertProblem(list(alice, given[0], given[1], given[2]), given[1]);
        }
    }

    @Test
    void shouldRefuseTextWithANulCharacterAsTheParameterNotAsADatabaseError() {
        for (String parameter : new String[]{"title", "title[contains]", "title[starts_with]", "title[in]",
                "description[ne]", "q"}) {
            assertProblem(list(alice, "/notebooks", parameter, "a\u0000b"), parameter);
        }
        assertProblem(list(alice, "/readings", "label", "\u0000"), "label");
    }

    @Test
    void shouldRefuseDatesAndNumbersBeyondWhatTheColumnsCanCompareAsTheParameter() {
        String[][] cases = {
                {"/notebooks", "created_at[gt]", "+999999999-12-31T23:59:59Z"},
                {"/notebooks", "created_at[lt]", "-0001-01-01T00:00:00Z"},
                {"/notebooks", "updated_at[gte]", "+10000-01-01T00:00:00Z"},
                {"/readings", "taken_on[gt]", "+999999999-12-31"},
                {"/readings", "taken_on", "0000-01-01"},
                {"/readings", "weight[lt]", "1e1000000"},
                {"/readings", "weight[gte]", "1e-20000"},
        };
        for (String[] given : cases) {
            assertProblem(list(alice, given[0], given[1], given[2]), given[1]);
        }
        assertThat(list(alice, "/notebooks", "created_at[lt]", "9999-12-31T23:59:59.999999Z").status()).isEqualTo(200);
        assertThat(list(alice, "/notebooks", "created_at[gt]", "0001-01-01T00:00:00Z").status()).isEqualTo(200);
        assertThat(list(alice, "/readings", "taken_on[gt]", "0001-01-01").status()).isEqualTo(200);
        assertThat(list(alice, "/readings", "weight[lt]", "1e100").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseMoreInValuesThanTheLimit() {
        String hundredAndOne = String.join(",", Collections.nCopies(101, "x"));

        assertProblem(list(alice, "/notebooks", "title[in]", hundredAndOne), "title[in]");
        assertThat(list(alice, "/notebooks", "title[in]", String.join(",", Collections.nCopies(100, "x"))).status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseUnknownFieldsInASparseFieldset() {
        String id = notebook(alice, "one", null);
        for (String fields : new String[]{"nothing", "title,nothing", "", "title,", "version", "Title"}) {
            assertProblem(list(alice, "/notebooks", "fields", fields), "fields");
            assertProblem(list(alice, "/notebooks/" + id, "fields", fields), "fields");
        }
        assertProblem(list(alice, "/notebooks/" + id, "fields", "title", "fields", "title"), "fields");
    }

    @Test
    void shouldNameEveryParameterInErrorInOneProblem() {
        HttpTestClient.Reply reply = list(alice, "/notebooks", "colour", "red", "sort", "nothing", "limit", "0",
                "owner_id", "nope", "title[null]", "true");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.field("status")).isEqualTo("422");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorPointers())
                .containsExactlyInAnyOrder("colour", "sort", "limit", "owner_id", "title[null]");
    }

    @Test
    void shouldChangeNothingWhenRefusing() {
        notebook(alice, "kept", null);

        assertProblem(list(alice, "/notebooks", "title", "kept", "nothing", "x"), "nothing");
        assertThat(titles(listed(alice, "/notebooks", "title", "kept"))).containsExactly("kept");
    }
}
