package dev.fastkit.security.web;

import dev.fastkit.test.HttpTestClient;
import dev.fastkit.test.TestPrincipal;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** fastkit-test's {@link TestPrincipal} signs users up through this module's auth controller (strict test policy). */
@MicronautTest(transactional = false)
class TestPrincipalTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    HttpTestClient client;

    @BeforeEach
    void connect() {
        client = new HttpTestClient(server.getURI(), json);
    }

    @Test
    void shouldSignUpAUserWhoseTokenAuthenticates() {
        TestPrincipal principal = TestPrincipal.signUp(client);

        HttpTestClient.Call call = client.get("/auth/protected");
        principal.authorization().forEach(call::header);
        HttpTestClient.Reply reply = call.send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.field("username")).isEqualTo(principal.username());
        assertThat(principal.bearer()).isEqualTo("Bearer " + principal.accessToken());
    }

    @Test
    void shouldSignUpADistinctUserEachTimeWithAPasswordThatLogsIn() {
        TestPrincipal first = TestPrincipal.signUp(client);
        TestPrincipal second = TestPrincipal.signUp(client);

        HttpTestClient.Reply login = client.post("/auth/login").body("application/x-www-form-urlencoded",
                "username=" + second.username() + "&password=" + second.password().replace("!", "%21")).send();

        assertThat(first.username()).isNotEqualTo(second.username());
        assertThat(second.password()).hasSizeBetween(8, 25);
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void shouldFailWithTheAnswerWhenTheSignupRouteIsElsewhere() {
        assertThatThrownBy(() -> TestPrincipal.signUp(client, "/no-such-auth"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("/no-such-auth/signup").hasMessageContaining("404");
    }
}
