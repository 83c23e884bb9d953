package dev.fastkit.example.system;

import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, "Lists": a query parameter that the route does not know is a 422 with the parameter's name as pointer, on
 * every route of the example (the generated ones, the security module's and the example's own), and changes nothing.
 */
@MicronautTest
class StrictQueryTest extends EndToEndTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private HttpTestClient http;
    private Caller alice;
    private String chat;
    private String message;
    private String reaction;

    @BeforeEach
    void createTheRowsARouteCouldChange() {
        http = new HttpTestClient(server.getURI(), mapper);
        alice = signUp();
        chat = createChat(alice, "kept");
        message = postMessage(alice, chat, "kept");
        reaction = api.post("/chats/" + chat + "/messages/" + message + "/reactions", alice, "{\"emoji\": \"👍\"}").id();
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("GET /chats/{chat}", null, null),
                Arguments.of("GET /chats", null, null),
                Arguments.of("POST /chats", JSON, "{\"title\": \"new\"}"),
                Arguments.of("PUT /chats/{chat}", JSON, "{\"title\": \"new\", \"description\": null}"),
                Arguments.of("PATCH /chats/{chat}", JSON, "{\"title\": \"new\"}"),
                Arguments.of("DELETE /chats/{chat}", null, null),
                Arguments.of("GET /chats/{chat}/messages/{message}", null, null),
                Arguments.of("POST /chats/{chat}/messages", JSON, "{\"content\": \"new\"}"),
                Arguments.of("PATCH /chats/{chat}/messages/{message}", JSON, "{\"content\": \"new\"}"),
                Arguments.of("DELETE /chats/{chat}/messages/{message}", null, null),
                Arguments.of("GET /chats/{chat}/messages/{message}/reactions/{reaction}", null, null),
                Arguments.of("POST /chats/{chat}/messages/{message}/reactions", JSON, "{\"emoji\": \"🎉\"}"),
                Arguments.of("DELETE /chats/{chat}/messages/{message}/reactions/{reaction}", null, null),
                Arguments.of("POST /auth/signup", JSON, "{\"username\": \"queried\", \"password\": \"" + PASSWORD + "\"}"),
                Arguments.of("POST /auth/register", JSON,
                        "{\"username\": \"queried\", \"password\": \"" + PASSWORD + "\"}"),
                Arguments.of("POST /auth/login", FORM, "username=queried&password=" + PASSWORD),
                Arguments.of("POST /auth/refresh", null, null),
                Arguments.of("POST /auth/logout", null, null),
                Arguments.of("GET /auth/protected", null, null),
                Arguments.of("GET /users/me", null, null),
                Arguments.of("PATCH /users/me", JSON, "{\"full_name\": \"New Name\"}"),
                Arguments.of("DELETE /users/me", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void shouldRefuseAnUnknownQueryParameterAndChangeNothing(String route, String contentType, String body) {
        List<String> before = state();
        String[] parts = route.split(" ");
        String path = parts[1].replace("{chat}", chat).replace("{message}", message).replace("{reaction}", reaction);

        HttpTestClient.Call call = http.call(parts[0], path + "?colour=blue")
                .header("Authorization", "Bearer " + alice.accessToken());
        HttpTestClient.Reply reply = (body == null ? call : call.body(contentType, body)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorPointers()).containsExactly("colour");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldNameEveryUnknownParameterOfAResourceRead() {
        HttpTestClient.Reply reply = http.get("/chats/" + chat + "?fields=id,title&colour=blue&include=messages&size=2")
                .header("Authorization", "Bearer " + alice.accessToken()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactlyInAnyOrder("colour", "size");
    }

    @Test
    void shouldTakeTheParametersAResourceReadDeclares() {
        HttpTestClient.Reply reply = http.get("/chats/" + chat + "?fields=id,title,messages&include=messages&messages_limit=5")
                .header("Authorization", "Bearer " + alice.accessToken()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("title").getStringValue()).isEqualTo("kept");
        assertThat(reply.json().get("messages").size()).isEqualTo(1);
    }

    @Test
    void shouldRefuseIncludeWhereNothingCanBeIncluded() {
        HttpTestClient.Reply reply = http.get("/chats/" + chat + "/messages/" + message + "/reactions/" + reaction
                + "?include=messages").header("Authorization", "Bearer " + alice.accessToken()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.errorPointers()).containsExactly("include");
    }

    @Test
    void shouldAnswer401BeforeLookingAtTheQuery() {
        HttpTestClient.Reply reply = http.get("/chats/" + chat + "?colour=blue").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    }

    /** @return what a route could change: the rows of every table the example writes, and the caller's account */
    private List<String> state() {
        return List.of(api.get("/chats/" + chat, alice).body(), api.get("/chats/" + chat + "/messages/" + message, alice).body(),
                api.get("/users/me", alice).body(), count("chats"), count("messages"), count("reactions"),
                count("users"), count("refresh_tokens"));
    }

    private String count(String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return table + "=" + rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
