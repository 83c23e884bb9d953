package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The principal of an access token feeds fastkit-core's ownership: an owned resource needs no security code. */
@MicronautTest(transactional = false)
class OwnershipTest {

    @Inject
    Api api;

    @Test
    void shouldOwnCreatedResourcesByTheTokensUserAndHideThemFromOthers() {
        Api.Session alice = api.newSession();
        Api.Session bob = api.newSession();
        String aliceId = api.get("/users/me", "Authorization", alice.authorization()).string("id");

        ApiResponse created = api.postJson("/notes", "{\"text\":\"alice's note\"}", "Authorization", alice.authorization());
        String location = created.header("Location").orElseThrow();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("user_id")).isEqualTo(aliceId);
        assertThat(api.get(location, "Authorization", alice.authorization()).status()).isEqualTo(200);
        assertThat(api.get(location, "Authorization", bob.authorization()).status()).isEqualTo(404);
        assertThat(api.get("/notes", "Authorization", bob.authorization()).text()).isEqualTo("[]");
        assertThat(api.send("DELETE", location, null, null, "Authorization", bob.authorization()).status()).isEqualTo(404);
        assertThat(api.get(location).status()).isEqualTo(401);
    }
}
