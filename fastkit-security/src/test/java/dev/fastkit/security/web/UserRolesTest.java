package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import dev.fastkit.security.user.UserAccountService;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dev.fastkit.security.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users' roles: granted by the service, carried in the access token's {@code roles} claim and honoured through the
 * principal cache (the test app's notes: users with the role {@code admin} read every user's notes). A signup that
 * sends {@code roles} is refused with the other unknown keys ({@code SignupAndLoginTest}).
 */
@MicronautTest(transactional = false)
class UserRolesTest {

    @Inject
    Api api;

    @Inject
    UserAccountService accounts;

    @Inject
    JsonMapper json;

    @Test
    void shouldIssueAnEmptyRolesClaimToANewUser() {
        Api.Session session = api.newSession();

        assertThat(roles(session.accessToken())).isEmpty();
    }

    @Test
    void shouldCarryGrantedRolesInTheTokensOfLoginAndRefresh() {
        Api.Session admin = api.newSession();
        accounts.replaceRoles(userId(admin.accessToken()), List.of("admin", "auditor"));

        ApiResponse login = api.login(admin.username(), PASSWORD);
        ApiResponse refresh = api.refresh(login.refreshCookieValue());

        assertThat(roles(login.string("access_token"))).containsExactly("admin", "auditor");
        assertThat(roles(refresh.string("access_token"))).containsExactly("admin", "auditor");
    }

    @Test
    void shouldHonourTheTokensRolesOnEveryRequestThroughThePrincipalCache() {
        String location = aliceNote();
        Api.Session admin = api.newSession();
        accounts.replaceRoles(userId(admin.accessToken()), List.of("admin"));
        String token = api.login(admin.username(), PASSWORD).string("access_token");

        ApiResponse first = api.get(location, "Authorization", Api.bearer(token));
        ApiResponse cached = api.get(location, "Authorization", Api.bearer(token));

        assertThat(first.status()).isEqualTo(200);
        assertThat(cached.status()).isEqualTo(200);
    }

    @Test
    void shouldGiveAGrantedRoleOnlyWithTheNextToken() {
        String location = aliceNote();
        Api.Session admin = api.newSession();

        accounts.replaceRoles(userId(admin.accessToken()), List.of("admin"));

        assertThat(api.get(location, "Authorization", admin.authorization()).status()).isEqualTo(404);
    }

    @Test
    void shouldTakeARoleAwayAtOnceEvenFromTokensIssuedBefore() {
        String location = aliceNote();
        Api.Session admin = api.newSession();
        UUID adminId = userId(admin.accessToken());
        accounts.replaceRoles(adminId, List.of("admin"));
        String token = api.login(admin.username(), PASSWORD).string("access_token");
        assertThat(api.get(location, "Authorization", Api.bearer(token)).status()).isEqualTo(200);

        accounts.replaceRoles(adminId, List.of());

        assertThat(api.get(location, "Authorization", Api.bearer(token)).status()).isEqualTo(404);
    }

    /** @return the path of a note of a new user's */
    private String aliceNote() {
        Api.Session alice = api.newSession();
        ApiResponse created = api.postJson("/notes", "{\"text\":\"alice's note\"}", "Authorization", alice.authorization());
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location").orElseThrow();
    }

    private UUID userId(String accessToken) {
        return UUID.fromString(payload(accessToken).get("sub").getStringValue());
    }

    private List<String> roles(String accessToken) {
        List<String> roles = new ArrayList<>();
        for (JsonNode role : payload(accessToken).get("roles").values()) {
            roles.add(role.getStringValue());
        }
        return roles;
    }

    private JsonNode payload(String accessToken) {
        String encoded = accessToken.split("\\.")[1];
        try {
            return json.readValue(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError("no JSON payload: " + accessToken, e);
        }
    }
}
