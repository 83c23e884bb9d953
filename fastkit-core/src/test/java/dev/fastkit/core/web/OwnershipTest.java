package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class OwnershipTest extends ResourceTestSupport {

    @Test
    void shouldAnswer404ToAnotherPrincipalForEveryVerbAndChangeNothing() {
        Http.Reply created = createNotebook(alice, "private");
        String path = "/notebooks/" + created.field("id");

        Http.Reply get = http.get(path).header(PRINCIPAL, bob).send();
        Http.Reply put = http.put(path).header(PRINCIPAL, bob).json("{\"title\": \"mine\", \"description\": null}").send();
        Http.Reply patch = http.patch(path).header(PRINCIPAL, bob).json("{\"title\": \"mine\"}").send();
        Http.Reply delete = http.delete(path).header(PRINCIPAL, bob).send();

        assertThat(get.status()).isEqualTo(404);
        assertThat(put.status()).isEqualTo(404);
        assertThat(patch.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(get.body()).isEqualTo(http.get("/notebooks/" + java.util.UUID.randomUUID()).header(PRINCIPAL, bob).send().body());
        assertThat(http.get(path).header(PRINCIPAL, alice).send().body()).isEqualTo(created.body());
    }

    @Test
    void shouldListAndCountOnlyTheCallersRows() {
        createNotebook(alice, "a1");
        createNotebook(alice, "a2");
        createNotebook(bob, "b1");

        Http.Reply list = http.get("/notebooks").header(PRINCIPAL, bob).send();

        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(list.json().get(0).get("title").getStringValue()).isEqualTo("b1");
    }

    @Test
    void shouldFillTheOwnerFromThePrincipal() {
        Http.Reply created = createNotebook(bob, "owned");

        assertThat(created.field("owner_id")).isEqualTo(bob);
    }
}
