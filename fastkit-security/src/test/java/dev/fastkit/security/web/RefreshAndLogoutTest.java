package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RefreshAndLogoutTest {

    @Inject
    Api api;

    @Test
    void shouldRotateTheRefreshCookieAndAnswerANewAccessToken() {
        Api.Session session = api.newSession();

        ApiResponse refreshed = api.refresh(session.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("token_type").getStringValue()).isEqualTo("bearer");
        assertThat(refreshed.refreshCookieValue()).isNotEqualTo(session.refreshToken());
        assertThat(refreshed.setCookie("refresh_token").orElseThrow()).contains("Max-Age=1209600").contains("Path=/auth");
        ApiResponse me = api.get("/auth/protected", "Authorization", Api.bearer(refreshed.string("access_token")));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo(session.username());
        assertThat(api.refresh(refreshed.refreshCookieValue()).status()).isEqualTo(200);
    }

    @Test
    void shouldRevokeTheWholeFamilyWhenARotatedTokenIsReused() {
        Api.Session session = api.newSession();
        String successor = api.refresh(session.refreshToken()).refreshCookieValue();

        ApiResponse reuse = api.refresh(session.refreshToken());

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(api.refresh(successor).status()).as("the successor is revoked too").isEqualTo(401);
    }

    @Test
    void shouldNotRevokeOtherLoginsWhenOneFamilyIsRevoked() {
        Api.Session session = api.newSession();
        String otherLogin = api.login(session.username(), Api.PASSWORD).refreshCookieValue();
        api.refresh(session.refreshToken());
        api.refresh(session.refreshToken());

        assertThat(api.refresh(otherLogin).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401ForMissingUnknownOrMalformedCookies() {
        assertThat(api.send("POST", "/auth/refresh", null, null).status()).isEqualTo(401);
        assertThat(api.refresh("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(401);
        assertThat(api.refresh("not-a-token").status()).isEqualTo(401);
        ApiResponse response = api.refresh("");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswer405ForOtherMethodsOnRefresh() {
        Api.Session session = api.newSession();
        for (String method : new String[]{"GET", "PUT", "DELETE", "PATCH"}) {
            ApiResponse response = api.send(method, "/auth/refresh", null, null, "Cookie", "refresh_token=" + session.refreshToken());
            assertThat(response.status()).as(method).isEqualTo(405);
        }
        assertThat(api.refresh(session.refreshToken()).status()).as("the cookie was not consumed").isEqualTo(200);
    }

    @Test
    void shouldNotAcceptAnAccessTokenAsRefreshCookieNorARefreshValueAsBearer() {
        Api.Session session = api.newSession();

        assertThat(api.refresh(session.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/auth/protected", "Authorization", Api.bearer(session.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void shouldRevokeTheRefreshTokenAndClearTheCookieOnLogout() {
        Api.Session session = api.newSession();

        ApiResponse logout = api.send("POST", "/auth/logout", null, null, "Cookie", "refresh_token=" + session.refreshToken());

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.text()).isEmpty();
        assertThat(logout.setCookie("refresh_token").orElseThrow()).contains("Max-Age=0").contains("Path=/auth");
        assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer204OnLogoutWithoutACookie() {
        ApiResponse logout = api.send("POST", "/auth/logout", null, null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.setCookie("refresh_token").orElseThrow()).contains("Max-Age=0");
    }
}
