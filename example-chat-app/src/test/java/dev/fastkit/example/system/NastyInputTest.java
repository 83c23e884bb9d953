package dev.fastkit.example.system;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No client input produces a 500: each row is a request and the 4xx it must answer, as a problem document.
 */
@MicronautTest
class NastyInputTest extends EndToEndTest {

    record Case(String method, String path, String body, String contentType, int expected) {
    }

    @Test
    void shouldAnswerAClearClientErrorForNastyInput() {
        Caller alice = signUp();
        String chat = createChat(alice, "target");
        String message = postMessage(alice, chat, "target");
        String json = "application/json";
        List<Case> cases = List.of(
                new Case("POST", "/chats", "{\"title\": ", json, 400),
                new Case("POST", "/chats", "not json at all", json, 400),
                new Case("POST", "/chats", "", json, 400),
                new Case("POST", "/chats", "null", json, 400),
                new Case("POST", "/chats", "[1, 2]", json, 422),
                new Case("POST", "/chats", "42", json, 422),
                new Case("POST", "/chats", "{\"title\": {\"nested\": [1, {\"deep\": true}]}}", json, 422),
                new Case("POST", "/chats", "{\"title\": [\"a\"]}", json, 422),
                new Case("POST", "/chats", "{\"title\": true}", json, 422),
                new Case("POST", "/chats", "{\"title\": \"" + "t".repeat(201) + "\"}", json, 422),
                new Case("POST", "/chats", "{\"title\": \"ok\", \"description\": \"" + "d".repeat(2001) + "\"}", json, 422),
                new Case("POST", "/chats", "{\"title\": \"\\u0000\"}", json, 422),
                new Case("POST", "/chats", "{\"title\": \"x\", \"title\": \"y\"}", json, 400),
                new Case("POST", "/chats", "{\"title\": \"ok\"}", "text/plain", 415),
                new Case("POST", "/chats", "title=ok", "application/x-www-form-urlencoded", 415),
                new Case("POST", "/chats", "{\"title\": \"" + "x".repeat(1_100_000) + "\"}", json, 413),
                new Case("GET", "/chats/not-a-uuid", null, null, 404),
                new Case("GET", "/chats/%00", null, null, 404),
                new Case("GET", "/chats/" + chat + "/messages/123", null, null, 404),
                new Case("GET", "/chats/123/messages", null, null, 404),
                new Case("PUT", "/chats/" + chat, "{\"title\": \"x\", \"description\": 5}", json, 422),
                new Case("PATCH", "/chats/" + chat, "{\"description\": []}", "application/merge-patch+json", 422),
                new Case("PATCH", "/chats/" + chat, "{", "application/merge-patch+json", 400),
                new Case("PATCH", "/chats/" + chat + "/messages/" + message, "\"str\"", "application/merge-patch+json", 422),
                new Case("GET", "/chats?limit=99999999999999999999", null, null, 422),
                new Case("GET", "/chats?skip=-99999999999999999999", null, null, 422),
                new Case("DELETE", "/chats/" + chat, null, null, 204),
                new Case("GET", "/nowhere", null, null, 404),
                new Case("PUT", "/chats", "{}", json, 405));
        for (Case c : cases) {
            Answer answer = c.body() == null
                    ? api.send(c.method(), c.path(), alice, null)
                    : api.send(c.method(), c.path(), alice, c.body(), "Content-Type", c.contentType());
            String label = c.method() + " " + c.path() + " " + (c.body() == null ? "" : abbreviate(c.body()));
            assertThat(answer.status()).as(label + " -> " + abbreviate(answer.body())).isEqualTo(c.expected());
            if (answer.status() >= 400) {
                assertThat(answer.header("Content-Type")).as(label).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void shouldAnswer401WithBearerChallengeForBadTokens() {
        List<String> tokens = List.of("", "garbage", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                signUp().accessToken() + "x");
        for (String token : tokens) {
            Answer answer = api.send("GET", "/chats", null, null, "Authorization", "Bearer " + token);
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).as(token).startsWith("Bearer");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
