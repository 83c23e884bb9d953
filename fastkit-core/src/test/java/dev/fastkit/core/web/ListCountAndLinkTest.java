package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code X-Total-Count} (and {@code Prefer: count=none}) and the {@code Link: rel="next"} a list answers. */
@MicronautTest(environments = "test", transactional = false)
class ListCountAndLinkTest extends ListTestSupport {

    @Test
    void shouldCountTheRowsMatchingFiltersAndSearchNotAllRows() {
        for (String title : List.of("alpha one", "alpha two", "alpha three", "beta")) {
            notebook(alice, title, null);
        }

        assertThat(listed(alice, "/notebooks", "title[starts_with]", "alpha", "limit", "1").header("X-Total-Count"))
                .isEqualTo("3");
        assertThat(listed(alice, "/notebooks", "q", "alpha", "limit", "2").header("X-Total-Count")).isEqualTo("3");
        assertThat(listed(alice, "/notebooks", "title[starts_with]", "alpha", "skip", "5").header("X-Total-Count"))
                .isEqualTo("3");
        assertThat(listed(alice, "/notebooks", "limit", "1").header("X-Total-Count")).isEqualTo("4");
    }

    @Test
    void shouldDropTheCountForPreferCountNone() {
        for (int i = 0; i < 3; i++) {
            notebook(alice, "n" + i, null);
        }

        HttpTestClient.Reply counted = listed(alice, "/notebooks", "limit", "2");
        HttpTestClient.Reply uncounted = http.get("/notebooks?limit=2").header(PRINCIPAL, alice)
                .header("Prefer", "count=none").send();
        HttpTestClient.Reply among = http.get("/notebooks?limit=2").header(PRINCIPAL, alice)
                .header("Prefer", "respond-async, count=none").send();
        HttpTestClient.Reply other = http.get("/notebooks?limit=2").header(PRINCIPAL, alice)
                .header("Prefer", "return=minimal").send();

        assertThat(counted.header("X-Total-Count")).isEqualTo("3");
        assertThat(counted.header("Preference-Applied")).isNull();
        assertThat(uncounted.status()).isEqualTo(200);
        assertThat(uncounted.header("X-Total-Count")).isNull();
        assertThat(uncounted.header("Preference-Applied")).isEqualTo("count=none");
        assertThat(ids(uncounted)).containsExactlyElementsOf(ids(counted));
        assertThat(next(uncounted)).isNotNull();
        assertThat(among.header("X-Total-Count")).isNull();
        assertThat(other.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void shouldDropTheCountForCountNoneInAnyOfSeveralPreferHeaders() throws Exception {
        notebook(alice, "one", null);
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/notebooks"))
                .header(PRINCIPAL, alice).header("Prefer", "respond-async").header("Prefer", "count=none").build();

        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("X-Total-Count")).isEmpty();
        assertThat(reply.headers().firstValue("Preference-Applied")).contains("count=none");
    }

    @Test
    void shouldLinkTheNextPageWithTheSameQueryAndACursorInsteadOfSkip() {
        for (String title : List.of("na", "nb", "nc", "nd", "ne", "x")) {
            notebook(alice, title, null);
        }

        HttpTestClient.Reply page = listed(alice, "/notebooks", "skip", "1", "limit", "2", "sort", "title",
                "title[starts_with]", "n", "fields", "title");
        String next = next(page);

        assertThat(titles(page)).containsExactly("nb", "nc");
        assertThat(next).startsWith("/notebooks?").contains("limit=2", "sort=title", "title%5Bstarts_with%5D=n",
                "fields=title", "cursor=").doesNotContain("skip");
        HttpTestClient.Reply following = fetch(alice, next);
        assertThat(titles(following)).containsExactly("nd", "ne");
        assertThat(next(following)).isNull();
    }

    @Test
    void shouldLinkTheNextPageOfANestedList() {
        String notebook = notebook(alice, "notes", null);
        note(alice, notebook, "one");
        note(alice, notebook, "two");

        String next = next(listed(alice, "/notebooks/" + notebook + "/notes", "limit", "1"));

        assertThat(next).startsWith("/notebooks/" + notebook + "/notes?");
        assertThat(values(fetch(alice, next), "body")).containsExactly("two");
    }
}
