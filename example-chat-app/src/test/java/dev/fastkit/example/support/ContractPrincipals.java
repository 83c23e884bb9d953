package dev.fastkit.example.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs up fresh users for the contract tests, which do not extend {@link EndToEndTest}.
 */
public final class ContractPrincipals {

    private ContractPrincipals() {
    }

    /**
     * @param server the running server
     * @param json   the JSON mapper
     * @return the {@code POST /auth/signup} answer of a new user, carrying its access token
     */
    public static Answer signUp(EmbeddedServer server, JsonMapper json) {
        String username = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Answer signedUp = new Api(server.getURI(), json).post("/auth/signup", null,
                "{\"username\": \"" + username + "\", \"password\": \"" + EndToEndTest.PASSWORD + "\"}");
        assertThat(signedUp.status()).as("signup: %s", signedUp).isEqualTo(201);
        return signedUp;
    }
}
