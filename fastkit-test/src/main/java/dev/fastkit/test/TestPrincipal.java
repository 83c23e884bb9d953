package dev.fastkit.test;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/**
 * A user signed up through the service's own {@code POST {auth}/signup} (fastkit-security's {@code BaseAuthController};
 * JSON {@code username}, {@code password}, {@code full_name}; answer 201 {@code {"access_token", ...}}), holding the
 * access token it was given. Each call makes a new user: the username is unique ({@code u} and 20 hexadecimal
 * digits), and the password ({@code Aa1!} and 12 random letters, 16 characters) meets strict policies, such as 8 to 25
 * characters with upper case, lower case, a digit and a symbol.
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)
 * class ChatContractTest extends CrudResourceContract {
 *     ...
 *     protected Map<String, String> newPrincipal() {
 *         return TestPrincipal.signUp(client()).authorization();
 *     }
 * }
 *
 * TestPrincipal alice = TestPrincipal.signUp(client, "/api/auth");   // an auth controller elsewhere than /auth
 * client.get("/chats").header("Authorization", alice.bearer()).send();
 * }</pre>
 */
public final class TestPrincipal {

    /** The auth controller's path when none is given. */
    public static final String DEFAULT_AUTH_PATH = "/auth";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int RANDOM_LETTERS = 12;

    private final String username;
    private final String password;
    private final String accessToken;

    private TestPrincipal(String username, String password, String accessToken) {
        this.username = username;
        this.password = password;
        this.accessToken = accessToken;
    }

    /**
     * Signs a new user up through {@code POST /auth/signup}.
     *
     * @param client a client for the server under test
     * @return the new user with its access token
     * @throws AssertionError if the signup does not answer 201 with an {@code access_token}
     */
    public static TestPrincipal signUp(HttpTestClient client) {
        return signUp(client, DEFAULT_AUTH_PATH);
    }

    /**
     * Signs a new user up through {@code POST {authPath}/signup}.
     *
     * @param client   a client for the server under test
     * @param authPath the auth controller's path, such as {@code /auth}, without a trailing slash
     * @return the new user with its access token
     * @throws AssertionError if the signup does not answer 201 with an {@code access_token}
     */
    public static TestPrincipal signUp(HttpTestClient client, String authPath) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String password = "Aa1!" + randomLetters();
        HttpTestClient.Reply reply = client.post(authPath + "/signup").json("{\"username\": \"" + username
                + "\", \"password\": \"" + password + "\", \"full_name\": \"Test Principal\"}").send();
        String accessToken = reply.status() == 201 ? reply.field("access_token") : null;
        if (accessToken == null || accessToken.isBlank()) {
            throw new AssertionError("POST " + authPath + "/signup should answer 201 with an access_token, but answered "
                    + reply);
        }
        return new TestPrincipal(username, password, accessToken);
    }

    /** @return the username signed up with */
    public String username() {
        return username;
    }

    /** @return the password signed up with, for tests that log in */
    public String password() {
        return password;
    }

    /** @return the access token (a JWT) the signup answered */
    public String accessToken() {
        return accessToken;
    }

    /** @return the {@code Authorization} header's value: {@code Bearer <access token>} */
    public String bearer() {
        return "Bearer " + accessToken;
    }

    /** @return the request headers that authenticate this user, as {@link CrudResourceContract#newPrincipal()} wants */
    public Map<String, String> authorization() {
        return Map.of("Authorization", bearer());
    }

    private static String randomLetters() {
        StringBuilder letters = new StringBuilder(RANDOM_LETTERS);
        for (int i = 0; i < RANDOM_LETTERS; i++) {
            letters.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        return "TestPrincipal[" + username + "]";
    }
}
