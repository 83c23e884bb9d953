package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fastkit.security.support.Api.PASSWORD;
import static dev.fastkit.security.support.Api.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SignupAndLoginTest {

    @Inject
    Api api;

    @Test
    void shouldAnswer201WithBearerTokenAndRefreshCookieOnSignup() {
        ApiResponse response = api.signup(uniqueUsername(), PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("token_type").getStringValue()).isEqualTo("bearer");
        assertThat(response.json().get("expires_in").getLongValue()).isEqualTo(900);
        assertThat(response.string("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String cookie = response.setCookie("refresh_token").orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/auth").containsIgnoringCase("Secure").contains("Max-Age=1209600");
        assertThat(response.refreshCookieValue()).matches("[A-Za-z0-9_-]{43}");
        assertThat(response.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void shouldAnswer201WithUserAndLocationOnRegister() {
        String username = uniqueUsername();
        ApiResponse response = api.postJson("/auth/register",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"Zoë O'Brien-Łukasz\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).hasValue("/users/me");
        assertThat(response.keys()).containsExactlyInAnyOrder("id", "username", "full_name", "created_at");
        assertThat(response.string("username")).isEqualTo(username);
        assertThat(response.string("full_name")).isEqualTo("Zoë O'Brien-Łukasz");
        assertThat(response.string("created_at")).endsWith("Z");
        assertThat(response.setCookie("refresh_token")).isEmpty();
        assertThat(response.text()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("argon2").doesNotContain("hash");
    }

    @Test
    void shouldAnswer409ForAUsernameTakenRegardlessOfCase() {
        String username = uniqueUsername();
        assertThat(api.signup(username, PASSWORD).status()).isEqualTo(201);

        ApiResponse again = api.signup(username.toUpperCase(), PASSWORD);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswer422ForReadOnlyAndUnknownFieldsAndCreateNothing() {
        for (String field : List.of("\"id\":\"6f1c1c57-8a5e-4d0e-9a51-1f7e2b4f0a11\"", "\"is_admin\":true",
                "\"password_hash\":\"$argon2id$v=19$m=19456,t=2,p=1$AAAA$BBBB\"", "\"roles\":[\"admin\"]")) {
            String username = uniqueUsername();
            ApiResponse response = api.postJson("/auth/signup",
                    "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"," + field + "}");

            assertThat(response.status()).as(field).isEqualTo(422);
            assertThat(response.text()).contains("\"pointer\":\"/" + field.substring(1, field.indexOf('"', 1)) + "\"");
            assertThat(api.login(username, PASSWORD).status()).as("nothing created").isEqualTo(401);
        }
    }

    @Test
    void shouldAnswer422WithPointersForPolicyViolations() {
        Map<String, String> bodies = Map.of(
                "{\"username\":\"ab\",\"password\":\"" + PASSWORD + "\"}", "/username",
                "{\"username\":\"bad_name!\",\"password\":\"" + PASSWORD + "\"}", "/username",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"alllowercase1!\"}", "/password",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"Sh0rt!\"}", "/password",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"Longer-Than-25-Chars-Abc1!\"}", "/password",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"NoSymbolHere1\"}", "/password",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"Two  Spaces\"}", "/full_name",
                "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"R2D2\"}", "/full_name",
                "{\"password\":\"" + PASSWORD + "\"}", "/username",
                "{\"username\":123,\"password\":\"" + PASSWORD + "\"}", "/username");
        bodies.forEach((body, pointer) -> {
            ApiResponse response = api.postJson("/auth/signup", body);
            assertThat(response.status()).as(body).isEqualTo(422);
            assertThat(response.text()).as(body).contains("\"pointer\":\"" + pointer + "\"");
        });
    }

    @Test
    void shouldAcceptFullNamesInAnyScript() {
        for (String name : List.of("山田 太郎", "Анна-Мария", "D'Artagnan", "देवनागरी नाम")) {
            ApiResponse response = api.postJson("/auth/register",
                    "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"" + name + "\"}");
            assertThat(response.status()).as(name).isEqualTo(201);
        }
    }

    @Test
    void shouldAnswer400ForBodyThatIsNotJsonAnd415ForAForm() {
        assertThat(api.postJson("/auth/signup", "{not json").status()).isEqualTo(400);
        assertThat(api.send("POST", "/auth/signup", "application/x-www-form-urlencoded", "username=a&password=b").status())
                .isEqualTo(415);
    }

    @Test
    void shouldLogInWithThePasswordFormRegardlessOfUsernameCase() {
        String username = uniqueUsername();
        api.signup(username, PASSWORD);

        ApiResponse withGrant = api.login(username.toUpperCase(), PASSWORD);
        ApiResponse withoutGrant = api.send("POST", "/auth/login", "application/x-www-form-urlencoded",
                Api.form(Map.of("username", username, "password", PASSWORD)));

        assertThat(withGrant.status()).isEqualTo(200);
        assertThat(withGrant.json().get("token_type").getStringValue()).isEqualTo("bearer");
        assertThat(withGrant.setCookie("refresh_token")).isPresent();
        ApiResponse withExtraFields = api.send("POST", "/auth/login", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "password", "username", username, "password", PASSWORD, "scope", "", "client_id", "web")));
        assertThat(withoutGrant.status()).isEqualTo(200);
        assertThat(withExtraFields.status()).isEqualTo(200);
        ApiResponse me = api.get("/auth/protected", "Authorization", Api.bearer(withGrant.string("access_token")));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo(username);
    }

    @Test
    void shouldAnswerTheSame401ForUnknownUserAndWrongPassword() {
        String username = uniqueUsername();
        api.signup(username, PASSWORD);

        ApiResponse wrongPassword = api.login(username, "Wrong-passw0rd!");
        ApiResponse unknownUser = api.login(uniqueUsername(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.text()).isEqualTo(unknownUser.text());
        assertThat(wrongPassword.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(unknownUser.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(unknownUser.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(wrongPassword.setCookie("refresh_token")).isEmpty();
    }

    @Test
    void shouldAnswer422ForAnIncompleteFormOrAnotherGrantType() {
        assertThat(api.send("POST", "/auth/login", "application/x-www-form-urlencoded", "username=someone").status())
                .isEqualTo(422);
        assertThat(api.send("POST", "/auth/login", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "username", "a", "password", "b"))).status())
                .isEqualTo(422);
    }

    @Test
    void shouldAnswer415ForJsonLogin() {
        assertThat(api.postJson("/auth/login", "{\"username\":\"a\",\"password\":\"b\"}").status()).isEqualTo(415);
    }

    @Test
    void shouldNotExposeMicronautsBuiltInEndpoints() {
        assertThat(api.get("/oauth/access_token").status()).isEqualTo(404);
        assertThat(api.postJson("/oauth/access_token", "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.postJson("/login", "{\"username\":\"a\",\"password\":\"b\"}").status()).isEqualTo(404);
        assertThat(api.postJson("/logout", "{}").status()).isEqualTo(404);
        assertThat(api.get("/keys").status()).isEqualTo(404);
    }
}
