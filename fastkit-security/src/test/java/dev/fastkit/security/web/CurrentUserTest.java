package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import dev.fastkit.security.testapp.NoteRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.fastkit.security.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CurrentUserTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NEW_PASSWORD = "N3w-passw0rd!";

    @Inject
    Api api;

    @Inject
    NoteRepository notes;

    @Test
    void shouldReadTheCallersAccountWithETagAndNoSecrets() {
        Api.Session session = api.newSession();

        ApiResponse me = api.get("/users/me", "Authorization", session.authorization());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.keys()).containsExactlyInAnyOrder("id", "username", "full_name", "created_at");
        assertThat(me.string("username")).isEqualTo(session.username());
        assertThat(me.header("ETag")).hasValue("\"0\"");
        assertThat(me.text()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("argon").doesNotContain("hash");
    }

    @Test
    void shouldAnswer401ForEveryRouteWithoutToken() {
        assertThat(api.get("/users/me").status()).isEqualTo(401);
        assertThat(api.send("PUT", "/users/me", "application/json", "{\"username\":\"abc\",\"full_name\":null}").status()).isEqualTo(401);
        assertThat(api.send("PATCH", "/users/me", MERGE_PATCH, "{\"full_name\":\"Eve\"}").status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/users/me", null, null).status()).isEqualTo(401);
    }

    @Test
    void shouldReplaceUsernameAndFullNameWithPut() {
        Api.Session session = api.newSession();
        String renamed = Api.uniqueUsername();

        ApiResponse put = api.send("PUT", "/users/me", "application/json",
                "{\"username\":\"" + renamed + "\",\"full_name\":\"Ada Lovelace\"}", "Authorization", session.authorization());

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.string("username")).isEqualTo(renamed);
        assertThat(put.string("full_name")).isEqualTo("Ada Lovelace");
        assertThat(put.header("ETag")).hasValue("\"1\"");
        assertThat(api.get("/auth/protected", "Authorization", session.authorization()).string("username")).isEqualTo(renamed);
        assertThat(api.login(renamed, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer422ForAPutWithoutEveryKeyOrWithReadOnlyFields() {
        Api.Session session = api.newSession();

        ApiResponse missing = api.send("PUT", "/users/me", "application/json",
                "{\"username\":\"" + Api.uniqueUsername() + "\"}", "Authorization", session.authorization());
        ApiResponse readOnly = api.send("PUT", "/users/me", "application/json",
                "{\"username\":\"" + Api.uniqueUsername() + "\",\"full_name\":null,\"is_admin\":true}", "Authorization", session.authorization());

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("\"pointer\":\"/full_name\"");
        assertThat(readOnly.status()).isEqualTo(422);
        assertThat(readOnly.text()).contains("\"pointer\":\"/is_admin\"");
        assertThat(api.get("/users/me", "Authorization", session.authorization()).string("username")).isEqualTo(session.username());
    }

    @Test
    void shouldAnswer409WhenRenamingToATakenUsername() {
        Api.Session session = api.newSession();
        Api.Session other = api.newSession();

        ApiResponse patch = api.send("PATCH", "/users/me", MERGE_PATCH,
                "{\"username\":\"" + other.username().toUpperCase() + "\"}", "Authorization", session.authorization());

        assertThat(patch.status()).isEqualTo(409);
    }

    @Test
    void shouldPatchOnlyTheKeysSentAndClearFullNameWithNull() {
        Api.Session session = api.newSession();
        api.send("PATCH", "/users/me", MERGE_PATCH, "{\"full_name\":\"Grace Hopper\"}", "Authorization", session.authorization());

        ApiResponse cleared = api.send("PATCH", "/users/me", "application/json", "{\"full_name\":null}", "Authorization", session.authorization());
        ApiResponse nullUsername = api.send("PATCH", "/users/me", MERGE_PATCH, "{\"username\":null}", "Authorization", session.authorization());
        ApiResponse readOnly = api.send("PATCH", "/users/me", MERGE_PATCH, "{\"password_hash\":\"x\"}", "Authorization", session.authorization());

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("full_name").isNull()).isTrue();
        assertThat(cleared.string("username")).isEqualTo(session.username());
        assertThat(nullUsername.status()).isEqualTo(422);
        assertThat(readOnly.status()).isEqualTo(422);
        assertThat(readOnly.text()).contains("\"pointer\":\"/password_hash\"");
    }

    @Test
    void shouldAnswer412ForAStaleIfMatch() {
        Api.Session session = api.newSession();
        api.send("PATCH", "/users/me", MERGE_PATCH, "{\"full_name\":\"First\"}", "Authorization", session.authorization());

        ApiResponse stale = api.send("PATCH", "/users/me", MERGE_PATCH, "{\"full_name\":\"Second\"}",
                "Authorization", session.authorization(), "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/users/me", "Authorization", session.authorization()).string("full_name")).isEqualTo("First");
    }

    @Test
    void shouldAnswer422AndChangeNothingForAWrongCurrentPassword() {
        Api.Session session = api.newSession();

        ApiResponse wrong = api.send("PATCH", "/users/me", MERGE_PATCH,
                "{\"password\":\"" + NEW_PASSWORD + "\",\"current_password\":\"Wrong-passw0rd!\",\"full_name\":\"Changed\"}",
                "Authorization", session.authorization());
        ApiResponse missing = api.send("PATCH", "/users/me", MERGE_PATCH, "{\"password\":\"" + NEW_PASSWORD + "\"}",
                "Authorization", session.authorization());
        ApiResponse weak = api.send("PATCH", "/users/me", MERGE_PATCH,
                "{\"password\":\"weak\",\"current_password\":\"" + PASSWORD + "\"}", "Authorization", session.authorization());

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains("\"pointer\":\"/current_password\"");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.text()).contains("\"pointer\":\"/password\"");
        assertThat(api.login(session.username(), PASSWORD).status()).isEqualTo(200);
        assertThat(api.login(session.username(), NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/users/me", "Authorization", session.authorization()).json().get("full_name").isNull()).isTrue();
        assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void shouldChangeThePasswordAndRevokeRefreshAndOlderAccessTokens() {
        Api.Session session = api.newSession();

        ApiResponse changed = api.send("PATCH", "/users/me", MERGE_PATCH,
                "{\"password\":\"" + NEW_PASSWORD + "\",\"current_password\":\"" + PASSWORD + "\"}", "Authorization", session.authorization());

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text()).doesNotContain(NEW_PASSWORD).doesNotContain(PASSWORD);
        assertThat(api.refresh(session.refreshToken()).status()).as("refresh tokens revoked").isEqualTo(401);
        assertThat(api.get("/users/me", "Authorization", session.authorization()).status()).as("older access token").isEqualTo(401);
        assertThat(api.login(session.username(), PASSWORD).status()).isEqualTo(401);
        ApiResponse login = api.login(session.username(), NEW_PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(api.get("/users/me", "Authorization", Api.bearer(login.string("access_token"))).status()).isEqualTo(200);
    }

    @Test
    void shouldDeleteTheAccountWithItsDataAndTokens() {
        Api.Session session = api.newSession();
        UUID userId = UUID.fromString(api.get("/users/me", "Authorization", session.authorization()).string("id"));
        assertThat(api.postJson("/notes", "{\"text\":\"hello\"}", "Authorization", session.authorization()).status()).isEqualTo(201);
        assertThat(notes.countByUserId(userId)).isEqualTo(1);

        ApiResponse deleted = api.send("DELETE", "/users/me", null, null, "Authorization", session.authorization());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(notes.countByUserId(userId)).isZero();
        ApiResponse afterwards = api.get("/users/me", "Authorization", session.authorization());
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(api.get("/notes", "Authorization", session.authorization()).status()).isEqualTo(401);
        assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(401);
        assertThat(api.login(session.username(), PASSWORD).status()).isEqualTo(401);
        assertThat(api.signup(session.username(), PASSWORD).status()).as("the username is free again").isEqualTo(201);
    }
}
