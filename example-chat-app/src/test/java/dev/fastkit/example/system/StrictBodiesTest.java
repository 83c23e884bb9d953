package dev.fastkit.example.system;

import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every body-taking route of the example parses its body strictly, as API.md says: not exactly one UTF-8 JSON value,
 * a duplicate key or an unpaired surrogate escape is a 400, a body without a usable Content-Type a 415, a form with
 * broken percent-encoding a 400; each answer is a problem and changes nothing.
 */
@MicronautTest
class StrictBodiesTest extends EndToEndTest {

    private static final List<String> JSON_ROUTES = List.of("POST /chats", "PUT /chats/{chat}", "PATCH /chats/{chat}",
            "POST /chats/{chat}/messages", "PUT /chats/{chat}/messages/{message}",
            "PATCH /chats/{chat}/messages/{message}", "POST /auth/signup", "POST /auth/register", "PUT /users/me",
            "PATCH /users/me");

    private HttpTestClient http;
    private Caller alice;
    private String chat;
    private String message;

    @BeforeEach
    void createTheRowsABodyCouldChange() {
        http = new HttpTestClient(server.getURI(), mapper);
        alice = signUp();
        chat = createChat(alice, "kept");
        message = postMessage(alice, chat, "kept");
    }

    static Stream<Arguments> malformedBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : JSON_ROUTES) {
            String json = "application/json";
            cases.add(Arguments.of(route, json, utf8("{\"title\": \"t\", \"content\": \"c\"}xyz"), 400));
            cases.add(Arguments.of(route, json, utf8("{\"title\": \"t\"}{\"title\": \"t\"}"), 400));
            cases.add(Arguments.of(route, json, utf8("{\"title\": \"a\", \"title\": \"b\"}"), 400));
            cases.add(Arguments.of(route, json, new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'a',
                    (byte) 0xC0, (byte) 0xAF, '"', '}'}, 400));
            cases.add(Arguments.of(route, json, utf8("{\"title\": \"\\ud800\", \"content\": \"\\ud800\"}"), 400));
            cases.add(Arguments.of(route, null, utf8("{\"title\": \"no type\"}"), 415));
            cases.add(Arguments.of(route, "json", utf8("{\"title\": \"no type\"}"), 415));
        }
        String form = "application/x-www-form-urlencoded";
        cases.add(Arguments.of("POST /auth/login", form, utf8("username=%ZZ&password=Chat-room-42"), 400));
        cases.add(Arguments.of("POST /auth/login", form, utf8("username=alice&password=Chat-room-42%"), 400));
        cases.add(Arguments.of("POST /auth/login", form, utf8("username=alice&password=%C0%AF"), 400));
        cases.add(Arguments.of("POST /auth/login", null, utf8("username=alice&password=Chat-room-42"), 415));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} [{1}] -> {3}")
    @MethodSource("malformedBodies")
    void shouldRefuseAMalformedBodyAndChangeNothing(String route, String contentType, byte[] body, int status) {
        List<String> before = state();
        String[] parts = route.split(" ");

        HttpTestClient.Reply reply = http.call(parts[0], parts[1].replace("{chat}", chat).replace("{message}", message))
                .header("Authorization", "Bearer " + alice.accessToken()).bytes(contentType, body).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    /** @return what a write could change: the chat, the message, the caller, and how many chats and users exist */
    private List<String> state() {
        return List.of(api.get("/chats/" + chat, alice).body(), api.get("/chats/" + chat + "/messages/" + message, alice).body(),
                api.get("/users/me", alice).body(), api.get("/chats", alice).header("X-Total-Count"),
                String.valueOf(countUsers()));
    }

    private long countUsers() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM users")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
