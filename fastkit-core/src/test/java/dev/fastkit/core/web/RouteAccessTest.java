package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-route access declared in {@code BaseController.access} ({@code BulletinController}: anyone reads, editors
 * write) and the composed {@link ResourceRoute} on a route of the subclass's own.
 */
@MicronautTest(environments = "test", transactional = false)
class RouteAccessTest extends ResourceTestSupport {

    static final String ROLES = "X-Test-Roles";

    @Test
    void shouldLetAnAnonymousCallerReadTheAnonymousRoutes() {
        String id = createBulletin("open to all");

        HttpTestClient.Reply one = http.get("/bulletins/" + id).send();
        HttpTestClient.Reply list = http.get("/bulletins?limit=100").send();

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.field("title")).isEqualTo("open to all");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isNotNull();
    }

    @Test
    void shouldAnswer401WithoutCredentialsOnARoleRoute() {
        HttpTestClient.Reply reply = http.post("/bulletins").json("{\"title\": \"anonymous\"}").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldAnswer403WithoutTheRoleAndChangeNothing() {
        String id = createBulletin("kept");

        HttpTestClient.Reply create = http.post("/bulletins").header(PRINCIPAL, alice)
                .json("{\"title\": \"not an editor\"}").send();
        HttpTestClient.Reply patch = http.patch("/bulletins/" + id).header(PRINCIPAL, alice).header(ROLES, "reader")
                .json("{\"title\": \"changed\"}").send();
        HttpTestClient.Reply delete = http.delete("/bulletins/" + id).header(PRINCIPAL, alice).send();

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.header("Content-Type")).startsWith("application/problem+json");
        assertThat(create.field("status")).isEqualTo("403");
        assertThat(patch.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(http.get("/bulletins/" + id).send().field("title")).isEqualTo("kept");
    }

    @Test
    void shouldRunARoleRouteForAPrincipalWithTheRole() {
        String id = createBulletin("draft");

        HttpTestClient.Reply patch = http.patch("/bulletins/" + id).header(PRINCIPAL, alice)
                .header(ROLES, "reader, editor").json("{\"title\": \"final\"}").send();
        HttpTestClient.Reply delete = http.delete("/bulletins/" + id).header(PRINCIPAL, alice)
                .header(ROLES, "editor").send();

        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.field("title")).isEqualTo("final");
        assertThat(delete.status()).isEqualTo(204);
    }

    @Test
    void shouldRefuseAnAnonymousCallOfARouteCarryingTheComposedAnnotation() {
        String id = createBulletin("original");

        HttpTestClient.Reply reply = http.post("/bulletins/" + id + "/copies").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldRunARouteCarryingTheComposedAnnotationOffTheEventLoop() {
        String id = createBulletin("original");

        HttpTestClient.Reply reply = http.post("/bulletins/" + id + "/copies").header(PRINCIPAL, alice).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.field("title")).isEqualTo("copy of original");
        assertThat(reply.header("X-Worker-Thread")).isNotBlank().doesNotContainIgnoringCase("eventloop");
    }

    @Test
    void shouldRefuseToStartWithAnAnonymousRouteOnAnOwnedResource() {
        assertThatThrownBy(() -> {
            try (EmbeddedServer started = ApplicationContext.run(EmbeddedServer.class,
                    Map.of("micronaut.server.port", -1, "fastkit.test.anonymous-owned", true), "test")) {
                assertThat(started.isRunning()).isFalse();
            }
        }).hasStackTraceContaining("declares LIST anonymous, but its rows are owned");
    }

    private String createBulletin(String title) {
        HttpTestClient.Reply reply = http.post("/bulletins").header(PRINCIPAL, alice).header(ROLES, "editor")
                .json("{\"title\": \"" + title + "\"}").send();
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply.field("id");
    }
}
