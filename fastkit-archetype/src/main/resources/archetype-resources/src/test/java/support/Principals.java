package ${package}.support;

import dev.fastkit.test.HttpTestClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs up fresh users through {@code POST /auth/signup}, so that each test acts as principals of its own.
 * TODO(0.2.0): fastkit-test signs principals up itself; use its helper and delete this class.
 */
public final class Principals {

    /** The password every test user signs up with; it keeps the password policy of application.yml. */
    public static final String PASSWORD = "Bookmark-42!";

    private Principals() {
    }

    /**
     * @param client a client of the server under test
     * @return the headers that authenticate a new user: {@code Authorization: Bearer <access token>}
     */
    public static Map<String, String> signUp(HttpTestClient client) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        HttpTestClient.Reply signedUp = client.post("/auth/signup")
                .json("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}").send();
        assertThat(signedUp.status()).as("signup: %s", signedUp).isEqualTo(201);
        return Map.of("Authorization", "Bearer " + signedUp.field("access_token"));
    }
}
