package dev.fastkit.example.chat;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ChatApiTest extends EndToEndTest {

    @Test
    void shouldCreateAChatWithLocationEntityTagAndReadFields() {
        Caller alice = signUp();
        Answer created = api.post("/chats", alice, "{\"title\": \"Plans\", \"description\": \"for the weekend\"}");

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> chat = created.json();
        assertThat(chat).containsOnlyKeys("id", "title", "description", "user_id", "created_at", "updated_at");
        assertThat(chat).containsEntry("title", "Plans").containsEntry("description", "for the weekend")
                .containsEntry("user_id", alice.id());
        assertThat(created.header("Location")).isEqualTo("/chats/" + chat.get("id"));
        assertThat(created.header("ETag")).isNotBlank();
        assertThat((String) chat.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

        Answer read = api.get("/chats/" + chat.get("id"), alice);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(chat);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void shouldAnswerARepeatedCreateWithTheSameIdempotencyKeyAsTheFirstTime() {
        Caller alice = signUp();
        String body = "{\"title\": \"Once\", \"description\": \"sent twice\"}";
        Answer first = api.send("POST", "/chats", alice, body, "Idempotency-Key", "retry-1");

        Answer repeat = api.send("POST", "/chats", alice, body, "Idempotency-Key", "retry-1");
        Answer reused = api.send("POST", "/chats", alice, "{\"title\": \"Other\"}", "Idempotency-Key", "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isEqualTo("/chats/" + first.id());
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(api.get("/chats", alice).header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldAnswerNullDescriptionWhenNoneWasGiven() {
        Caller alice = signUp();
        Answer created = api.post("/chats", alice, "{\"title\": \"No description\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("description", null);
    }

    @Test
    void shouldListNewestFirstWithTotalCountAndPages() {
        Caller alice = signUp();
        String first = createChat(alice, "first");
        String second = createChat(alice, "second");
        String third = createChat(alice, "third");

        Answer all = api.get("/chats", alice);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.array()).extracting(chat -> chat.get("id")).containsExactly(third, second, first);
        assertThat(all.header("X-Total-Count")).isEqualTo("3");

        Answer page = api.get("/chats?skip=1&limit=1", alice);
        assertThat(page.array()).extracting(chat -> chat.get("id")).containsExactly(second);
        assertThat(page.header("X-Total-Count")).isEqualTo("3");

        Answer pastTheEnd = api.get("/chats?skip=10&limit=5", alice);
        assertThat(pastTheEnd.array()).isEmpty();
        assertThat(pastTheEnd.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void shouldAnswer422ForPageParametersOutOfRange() {
        Caller alice = signUp();
        for (String query : List.of("limit=0", "limit=101", "skip=-1", "limit=abc", "skip=x")) {
            Answer answer = api.get("/chats?" + query, alice);
            assertThat(answer.status()).as(query).isEqualTo(422);
            assertThat(answer.header("Content-Type")).as(query).startsWith("application/problem+json");
        }
        assertThat(api.get("/chats?limit=100", alice).status()).isEqualTo(200);
        assertThat(api.get("/chats?limit=1", alice).status()).isEqualTo(200);
    }

    @Test
    void shouldReplaceBothFieldsAndRequireEveryKey() {
        Caller alice = signUp();
        String id = createChat(alice, "old");

        Answer missingKey = api.put("/chats/" + id, alice, "{\"title\": \"new\"}");
        assertThat(missingKey.status()).isEqualTo(422);
        assertThat(missingKey.json().get("errors").toString()).contains("/description");

        Answer replaced = api.put("/chats/" + id, alice, "{\"title\": \"new\", \"description\": \"text\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json()).containsEntry("title", "new").containsEntry("description", "text");
        assertThat(replaced.json().get("updated_at")).isNotNull();

        Answer cleared = api.put("/chats/" + id, alice, "{\"title\": \"new\", \"description\": null}");
        assertThat(cleared.json()).containsEntry("description", null);
    }

    @Test
    void shouldApplyMergePatchSemantics() {
        Caller alice = signUp();
        String id = api.post("/chats", alice, "{\"title\": \"t\", \"description\": \"d\"}").id();

        Answer titleOnly = api.patch("/chats/" + id, alice, "{\"title\": \"t2\"}");
        assertThat(titleOnly.status()).isEqualTo(200);
        assertThat(titleOnly.json()).containsEntry("title", "t2").containsEntry("description", "d");

        Answer empty = api.patch("/chats/" + id, alice, "{}");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json()).containsEntry("title", "t2").containsEntry("description", "d");

        Answer clear = api.patch("/chats/" + id, alice, "{\"description\": null}");
        assertThat(clear.json()).containsEntry("title", "t2").containsEntry("description", null);

        Answer asJson = api.send("PATCH", "/chats/" + id, alice, "{\"description\": \"again\"}");
        assertThat(asJson.status()).isEqualTo(200);
        assertThat(asJson.json()).containsEntry("description", "again");

        for (String bad : List.of("{\"title\": null}", "{\"title\": \"\"}", "{\"title\": \"   \"}",
                "{\"title\": 5}", "{\"id\": \"" + id + "\"}", "{\"user_id\": \"" + alice.id() + "\"}",
                "{\"created_at\": \"2020-01-01T00:00:00Z\"}", "{\"colour\": \"red\"}", "[]", "\"text\"")) {
            assertThat(api.patch("/chats/" + id, alice, bad).status()).as(bad).isEqualTo(422);
        }
        assertThat(api.get("/chats/" + id, alice).json()).containsEntry("title", "t2").containsEntry("description", "again");
    }

    @Test
    void shouldAnswer412ForAStaleIfMatchAndChangeNothing() {
        Caller alice = signUp();
        Answer created = api.post("/chats", alice, "{\"title\": \"v1\"}");
        String id = created.id();
        String firstTag = created.header("ETag");
        Answer updated = api.send("PUT", "/chats/" + id, alice, "{\"title\": \"v2\", \"description\": null}",
                "If-Match", firstTag);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(firstTag);

        assertThat(api.send("PUT", "/chats/" + id, alice, "{\"title\": \"v3\", \"description\": null}",
                "If-Match", firstTag).status()).isEqualTo(412);
        assertThat(api.send("PATCH", "/chats/" + id, alice, "{\"title\": \"v3\"}",
                "If-Match", firstTag, "Content-Type", "application/merge-patch+json").status()).isEqualTo(412);
        assertThat(api.send("DELETE", "/chats/" + id, alice, null, "If-Match", firstTag).status()).isEqualTo(412);
        assertThat(api.get("/chats/" + id, alice).json()).containsEntry("title", "v2");

        assertThat(api.send("DELETE", "/chats/" + id, alice, null, "If-Match", updated.header("ETag")).status())
                .isEqualTo(204);
    }

    @Test
    void shouldDeleteAChatWithItsMessages() {
        Caller alice = signUp();
        String id = createChat(alice, "to delete");
        String message = postMessage(alice, id, "hello");

        Answer deleted = api.delete("/chats/" + id, alice);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        assertThat(api.get("/chats/" + id, alice).status()).isEqualTo(404);
        assertThat(api.get("/chats/" + id + "/messages/" + message, alice).status()).isEqualTo(404);
        assertThat(api.delete("/chats/" + id, alice).status()).isEqualTo(404);
        assertThat(countRows("messages", "chat_id", id)).isZero();
    }

    @Test
    void shouldAnswer401WithoutAToken() {
        assertThat(api.get("/chats", null).status()).isEqualTo(401);
        assertThat(api.post("/chats", null, "{\"title\": \"x\"}").status()).isEqualTo(401);
    }
}
