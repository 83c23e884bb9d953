package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class MergePatchTest extends ResourceTestSupport {

    @Test
    void shouldChangeOnlyTheKeysSent() {
        String id = createNotebook(alice, "kept").field("id");

        Http.Reply reply = http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .body("application/merge-patch+json", "{\"description\": \"new\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("kept");
        assertThat(reply.field("description")).isEqualTo("new");
    }

    @Test
    void shouldAcceptPlainJsonAsAMergePatch() {
        String id = createNotebook(alice, "plain").field("id");

        Http.Reply reply = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"title\": \"renamed\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("renamed");
        assertThat(reply.field("description")).isEqualTo("about plain");
    }

    @Test
    void shouldClearANullableFieldSentAsNull() {
        String id = createNotebook(alice, "cleared").field("id");

        Http.Reply reply = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"description\": null}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("description")).isNull();
    }

    @Test
    void shouldAnswer422ForNullOnARequiredFieldAndChangeNothing() {
        Http.Reply created = createNotebook(alice, "required");
        String id = created.field("id");

        Http.Reply reply = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"title\": null}").send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactly("/title");
        assertUnchanged(id, created);
    }

    @Test
    void shouldAnswer422ForUnknownOrReadOnlyKeysAndChangeNothing() {
        Http.Reply created = createNotebook(alice, "strict");
        String id = created.field("id");

        Http.Reply unknown = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"colour\": \"red\"}").send();
        Http.Reply readOnly = http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .json("{\"title\": \"x\", \"owner_id\": \"" + bob + "\"}").send();
        Http.Reply wrongType = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"title\": 5}").send();
        Http.Reply notAnObject = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("\"title\"").send();

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorPointers()).containsExactly("/colour");
        assertThat(readOnly.status()).isEqualTo(422);
        assertThat(readOnly.errorPointers()).containsExactly("/owner_id");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.errorPointers()).containsExactly("/title");
        assertThat(notAnObject.status()).isEqualTo(422);
        assertUnchanged(id, created);
    }

    @Test
    void shouldKeepEverythingForAnEmptyPatchButStillBumpTheVersion() {
        Http.Reply created = createNotebook(alice, "empty");

        Http.Reply reply = http.patch("/notebooks/" + created.field("id")).header(PRINCIPAL, alice).json("{}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("title")).isEqualTo("empty");
        assertThat(reply.field("description")).isEqualTo("about empty");
    }

    @Test
    void shouldRequireEveryKeyOnPut() {
        Http.Reply created = createNotebook(alice, "put");
        String id = created.field("id");

        Http.Reply reply = http.put("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"title\": \"only\"}").send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactly("/description");
        assertUnchanged(id, created);
    }

    private void assertUnchanged(String id, Http.Reply created) {
        Http.Reply now = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(now.body()).isEqualTo(created.body());
        assertThat(now.header("ETag")).isEqualTo(created.header("ETag"));
    }
}
