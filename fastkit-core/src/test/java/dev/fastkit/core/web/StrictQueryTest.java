package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter that a route does not take is one 422 naming each such parameter (API.md, "Lists"), on the
 * generated routes and on an application's own, which take what they bind.
 */
@MicronautTest(environments = "test", transactional = false)
class StrictQueryTest extends ResourceTestSupport {

    @Test
    void shouldRefuseAParameterOfNoGeneratedRouteAndChangeNothing() {
        HttpTestClient.Reply created = createNotebook(alice, "kept");
        String path = "/notebooks/" + created.field("id");

        HttpTestClient.Reply patched = http.patch(path + "?title=other&dry_run=true").header(PRINCIPAL, alice)
                .json("{\"title\": \"changed\"}").send();

        assertThat(patched.status()).as(patched.toString()).isEqualTo(422);
        assertThat(patched.header("Content-Type")).startsWith("application/problem+json");
        assertThat(patched.errorPointers()).containsExactly("title", "dry_run");
        assertThat(http.get(path).header(PRINCIPAL, alice).send().body()).isEqualTo(created.body());
    }

    @Test
    void shouldRefuseAParameterTheReadDoesNotTakeAndKeepTheOnesItDoes() {
        String path = "/notebooks/" + createNotebook(alice, "kept").field("id");

        HttpTestClient.Reply unknown = http.get(path + "?fields=title&sort=title").header(PRINCIPAL, alice).send();
        HttpTestClient.Reply known = http.get(path + "?fields=title").header(PRINCIPAL, alice).send();

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.errorPointers()).containsExactly("sort");
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
        assertThat(known.field("title")).isEqualTo("kept");
    }

    @Test
    void shouldTakeWhatAnApplicationRouteBindsAndRefuseTheRest() {
        HttpTestClient.Reply bound = http.get("/query-routes/bound?colour=blue&max_size=3&shape=round").send();
        HttpTestClient.Reply unknown = http.get("/query-routes/bound?colour=blue&size=3").send();

        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        assertThat(bound.body()).isEqualTo("blue 3 round");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.errorPointers()).containsExactly("size");
    }

    @Test
    void shouldLeaveARouteThatChecksItsOwnQueryAlone() {
        HttpTestClient.Reply reply = http.get("/query-routes/own?b=1&a=2").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("a,b");
    }
}
