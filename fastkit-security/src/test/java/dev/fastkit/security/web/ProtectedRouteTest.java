package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProtectedRouteTest {

    @Inject
    Api api;

    @Test
    void shouldAnswerThePrincipalOnGetAndPost() {
        Api.Session session = api.newSession();
        String userId = api.get("/users/me", "Authorization", session.authorization()).string("id");

        for (String method : new String[]{"GET", "POST"}) {
            ApiResponse response = api.send(method, "/auth/protected", null, null, "Authorization", session.authorization());
            assertThat(response.status()).as(method).isEqualTo(200);
            assertThat(response.keys()).containsExactlyInAnyOrder("user_id", "username");
            assertThat(response.string("user_id")).isEqualTo(userId);
            assertThat(response.string("username")).isEqualTo(session.username());
        }
    }

    @Test
    void shouldAnswer401WithBearerChallengeAndProblemWithoutToken() {
        for (String method : new String[]{"GET", "POST"}) {
            ApiResponse response = api.send(method, "/auth/protected", null, null);
            assertThat(response.status()).as(method).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.json().get("status").getIntValue()).isEqualTo(401);
        }
    }

    @Test
    void shouldAnswer401ForAMalformedAuthorizationHeader() {
        assertThat(api.get("/auth/protected", "Authorization", "Bearer not.a.jwt").status()).isEqualTo(401);
        assertThat(api.get("/auth/protected", "Authorization", "Bearer ").status()).isEqualTo(401);
        assertThat(api.get("/auth/protected", "Authorization", "Basic dXNlcjpwYXNz").status()).isEqualTo(401);
    }
}
