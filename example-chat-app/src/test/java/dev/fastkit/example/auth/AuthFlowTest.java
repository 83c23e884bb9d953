package dev.fastkit.example.auth;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AuthFlowTest extends EndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void shouldSignUpWithATokenAndARefreshCookie() {
        String username = newUsername();
        Answer signedUp = api.post("/auth/signup", null, credentials(username));

        assertThat(signedUp.status()).isEqualTo(201);
        assertThat(signedUp.json()).containsOnlyKeys("access_token", "token_type", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("expires_in", 900);
        String cookie = signedUp.header("Set-Cookie");
        assertThat(cookie).startsWith("refresh_token=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/auth");
    }

    @Test
    void shouldRegisterWithoutSigningIn() {
        String username = newUsername();
        Answer registered = api.post("/auth/register", null, credentials(username));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/users/me");
        assertThat(registered.json()).containsOnlyKeys("id", "username", "full_name", "created_at")
                .containsEntry("username", username).containsEntry("full_name", null);
        assertThat(registered.header("Set-Cookie")).isNull();
        assertThat(api.post("/auth/register", null, credentials(username.toUpperCase())).status()).isEqualTo(409);
    }

    @Test
    void shouldLogInRefreshRotateAndLogOut() {
        Caller alice = signUp();
        Answer login = api.send("POST", "/auth/login", null,
                "grant_type=password&username=" + alice.username() + "&password=" + PASSWORD, "Content-Type", FORM);
        assertThat(login.status()).isEqualTo(200);
        String firstCookie = cookie(login);

        Answer protectedAnswer = api.get("/auth/protected", new Caller(alice.id(), alice.username(),
                (String) login.json().get("access_token")));
        assertThat(protectedAnswer.json()).containsEntry("user_id", alice.id()).containsEntry("username", alice.username());
        assertThat(api.send("POST", "/auth/protected", alice, null).status()).isEqualTo(200);

        Answer refreshed = api.send("POST", "/auth/refresh", null, null, "Cookie", firstCookie);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json()).containsKey("access_token");
        String secondCookie = cookie(refreshed);
        assertThat(secondCookie).isNotEqualTo(firstCookie);

        Answer logout = api.send("POST", "/auth/logout", null, null, "Cookie", secondCookie);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(api.send("POST", "/auth/refresh", null, null, "Cookie", secondCookie).status()).isEqualTo(401);
    }

    @Test
    void shouldTreatAReusedRefreshCookieAsTheft() {
        Caller alice = signUp();
        Answer login = api.send("POST", "/auth/login", null,
                "username=" + alice.username() + "&password=" + PASSWORD, "Content-Type", FORM);
        String first = cookie(login);
        String second = cookie(api.send("POST", "/auth/refresh", null, null, "Cookie", first));

        assertThat(api.send("POST", "/auth/refresh", null, null, "Cookie", first).status()).isEqualTo(401);
        assertThat(api.send("POST", "/auth/refresh", null, null, "Cookie", second).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerTheSame401ForAWrongPasswordAndAnUnknownUser() {
        Caller alice = signUp();
        Answer wrongPassword = api.send("POST", "/auth/login", null,
                "username=" + alice.username() + "&password=Wrong-pass-1", "Content-Type", FORM);
        Answer unknownUser = api.send("POST", "/auth/login", null,
                "username=" + newUsername() + "&password=Wrong-pass-1", "Content-Type", FORM);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.json()).isEqualTo(unknownUser.json());
    }

    @Test
    void shouldRefuseRefreshWithoutACookieOrWithAnotherMethod() {
        assertThat(api.send("POST", "/auth/refresh", null, null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/auth/refresh", null, null, "Cookie", "refresh_token=forged").status())
                .isEqualTo(401);
        assertThat(api.get("/auth/refresh", null).status()).isEqualTo(405);
        assertThat(api.get("/auth/protected", null).status()).isEqualTo(401);
    }

    @Test
    void shouldRejectWeakPasswordsAndBadUsernames() {
        for (String body : new String[]{"{\"username\": \"ab\", \"password\": \"" + PASSWORD + "\"}",
                "{\"username\": \"no spaces\", \"password\": \"" + PASSWORD + "\"}",
                "{\"username\": \"" + newUsername() + "\", \"password\": \"short1!\"}",
                "{\"username\": \"" + newUsername() + "\", \"password\": \"alllowercase1!\"}",
                "{\"username\": \"" + newUsername() + "\", \"password\": \"Very-long-password-1234567\"}",
                "{\"username\": \"" + newUsername() + "\", \"password\": \"" + PASSWORD + "\", \"id\": \"x\"}"}) {
            assertThat(api.post("/auth/signup", null, body).status()).as(body).isEqualTo(422);
        }
    }

    private static String cookie(Answer answer) {
        String header = answer.header("Set-Cookie");
        assertThat(header).as(answer.toString()).startsWith("refresh_token=");
        return header.substring(0, header.indexOf(';'));
    }

    private static String newUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String credentials(String username) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}";
    }
}
