package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test")
class CrudRoutesTest extends ResourceTestSupport {

    @Test
    void shouldCreateAndAnswer201WithLocationETagAndBody() {
        Http.Reply reply = createNotebook(alice, "first");

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

        Http.Reply reply = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("readable");
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void shouldListNewestFirstWithTotalCount() {
        for (int i = 0; i < 5; i++) {
            createNotebook(alice, "n" + i);
        }

        Http.Reply page = http.get("/notebooks?skip=1&limit=2").header(PRINCIPAL, alice).send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("5");
        assertThat(page.json().size()).isEqualTo(2);
        assertThat(page.json().get(0).get("title").getStringValue()).isEqualTo("n3");
        assertThat(page.json().get(1).get("title").getStringValue()).isEqualTo("n2");
    }
}
