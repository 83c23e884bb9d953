package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class CrudRoutesTest extends ResourceTestSupport {

    @Test
    void shouldCreateAndAnswer201WithLocationETagAndBody() {
        HttpTestClient.Reply reply = createNotebook(alice, "first");

        String id = reply.field("id");
        assertThat(reply.header("Location")).isEqualTo("/notebooks/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
        assertThat(reply.field("title")).isEqualTo("first");
        assertThat(reply.field("owner_id")).isEqualTo(alice);
        assertThat(reply.field("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(reply.json().get("version")).isNull();
    }

    @Test
    void shouldReadWhatWasCreated() {
        String id = createNotebook(alice, "readable").field("id");

        HttpTestClient.Reply reply = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("readable");
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void shouldListNewestFirstWithTotalCount() {
        for (int i = 0; i < 5; i++) {
            createNotebook(alice, "n" + i);
        }

        HttpTestClient.Reply page = http.get("/notebooks?skip=1&limit=2").header(PRINCIPAL, alice).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("5");
        assertThat(page.json().size()).isEqualTo(2);
        assertThat(page.json().get(0).get("title").getStringValue()).isEqualTo("n3");
        assertThat(page.json().get(1).get("title").getStringValue()).isEqualTo("n2");
    }

    @Test
    void shouldCountWithAQueryWhenThePageIsFull() {
        for (int i = 0; i < 3; i++) {
            createNotebook(alice, "c" + i);
        }

        HttpTestClient.Reply fullPage = http.get("/notebooks?limit=2").header(PRINCIPAL, alice).send();
        HttpTestClient.Reply pastTheEnd = http.get("/notebooks?skip=10").header(PRINCIPAL, alice).send();

        assertThat(fullPage.header("X-Total-Count")).isEqualTo("3");
        assertThat(pastTheEnd.json().size()).isZero();
        assertThat(pastTheEnd.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void shouldShowCreatesAndDeletesInTheTotalCountAtOnce() {
        for (int i = 0; i < 3; i++) {
            createNotebook(alice, "t" + i);
        }
        assertThat(http.get("/notebooks?limit=1").header(PRINCIPAL, alice).send().header("X-Total-Count")).isEqualTo("3");

        String id = createNotebook(alice, "t3").field("id");
        assertThat(http.get("/notebooks?limit=1").header(PRINCIPAL, alice).send().header("X-Total-Count")).isEqualTo("4");

        http.delete("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(http.get("/notebooks?limit=1").header(PRINCIPAL, alice).send().header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void shouldReplaceEveryWritableFieldAndBumpTheETag() {
        String id = createNotebook(alice, "before").field("id");

        HttpTestClient.Reply reply = http.put("/notebooks/" + id).header(PRINCIPAL, alice)
                .json("{\"title\": \"after\", \"description\": null}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("after");
        assertThat(reply.field("description")).isNull();
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void shouldDeleteAndThenAnswer404() {
        String id = createNotebook(alice, "doomed").field("id");

        HttpTestClient.Reply deleted = http.delete("/notebooks/" + id).header(PRINCIPAL, alice).send();
        HttpTestClient.Reply after = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
        assertThat(after.field("title")).isEqualTo("Not Found");
    }

    @Test
    void shouldAnswer304WhenIfNoneMatchHoldsTheCurrentETag() {
        HttpTestClient.Reply created = createNotebook(alice, "cached");

        HttpTestClient.Reply reply = http.get("/notebooks/" + created.field("id")).header(PRINCIPAL, alice)
                .header("If-None-Match", created.header("ETag")).send();

        assertThat(reply.status()).isEqualTo(304);
        assertThat(reply.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        assertThat(http.get("/notebooks/" + java.util.UUID.randomUUID()).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.get("/notebooks/not-a-uuid").header(PRINCIPAL, alice).send().status()).isEqualTo(404);
        assertThat(http.delete("/notebooks/not-a-uuid").header(PRINCIPAL, alice).send().status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer422ForPagingOutOfRange() {
        for (String query : new String[]{"skip=-1", "limit=0", "limit=101", "limit=ten", "skip=99999999999"}) {
            HttpTestClient.Reply reply = http.get("/notebooks?" + query).header(PRINCIPAL, alice).send();

            assertThat(reply.status()).as(query).isEqualTo(422);
            assertThat(reply.errorPointers()).as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void shouldAnswer401WithoutAPrincipal() {
        HttpTestClient.Reply reply = http.get("/notebooks").send();

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerUnknownRoutesAndMethodsWithProblems() {
        HttpTestClient.Reply unknown = http.get("/nothing-here").header(PRINCIPAL, alice).send();
        HttpTestClient.Reply wrongMethod = http.delete("/notebooks").header(PRINCIPAL, alice).send();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
    }
}
