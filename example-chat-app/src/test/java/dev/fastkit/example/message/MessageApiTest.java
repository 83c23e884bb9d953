package dev.fastkit.example.message;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class MessageApiTest extends EndToEndTest {

    @Test
    void shouldCreateReadReplacePatchAndDeleteAMessage() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String base = "/chats/" + chat + "/messages";

        Answer created = api.post(base, alice, "{\"content\": \"hello\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsOnlyKeys("id", "chat_id", "user_id", "content", "created_at", "updated_at")
                .containsEntry("chat_id", chat).containsEntry("user_id", alice.id()).containsEntry("content", "hello");
        assertThat(created.header("Location")).isEqualTo(base + "/" + created.id());
        String message = base + "/" + created.id();

        assertThat(api.get(message, alice).json()).isEqualTo(created.json());
        assertThat(api.put(message, alice, "{\"content\": \"edited\"}").json()).containsEntry("content", "edited");
        assertThat(api.patch(message, alice, "{\"content\": \"patched\"}").json()).containsEntry("content", "patched");
        assertThat(api.patch(message, alice, "{\"content\": null}").status()).isEqualTo(422);
        assertThat(api.put(message, alice, "{}").status()).isEqualTo(422);
        assertThat(api.get(message, alice).json()).containsEntry("content", "patched");

        assertThat(api.delete(message, alice).status()).isEqualTo(204);
        assertThat(api.get(message, alice).status()).isEqualTo(404);
    }

    @Test
    void shouldListOldestFirstWithTotalCount() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String first = postMessage(alice, chat, "one");
        String second = postMessage(alice, chat, "two");
        String third = postMessage(alice, chat, "three");

        Answer all = api.get("/chats/" + chat + "/messages", alice);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.array()).extracting(message -> message.get("id")).containsExactly(first, second, third);
        assertThat(all.header("X-Total-Count")).isEqualTo("3");

        Answer page = api.get("/chats/" + chat + "/messages?skip=2&limit=2", alice);
        assertThat(page.array()).extracting(message -> message.get("id")).containsExactly(third);
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(api.get("/chats/" + chat + "/messages?limit=101", alice).status()).isEqualTo(422);
    }

    @Test
    void shouldRejectInvalidContent() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String tooLong = "x".repeat(4001);
        for (String bad : List.of("{}", "{\"content\": \"\"}", "{\"content\": \" \"}", "{\"content\": null}",
                "{\"content\": 42}", "{\"content\": \"" + tooLong + "\"}", "{\"content\": \"a\", \"chat_id\": \"" + chat + "\"}")) {
            Answer answer = api.post("/chats/" + chat + "/messages", alice, bad);
            assertThat(answer.status()).as(bad.length() > 80 ? "4001 characters" : bad).isEqualTo(422);
        }
        assertThat(api.post("/chats/" + chat + "/messages", alice, "{\"content\": \"" + "x".repeat(4000) + "\"}").status())
                .isEqualTo(201);
        assertThat(api.get("/chats/" + chat + "/messages", alice).header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldAnswer404ForAMessageReachedThroughAnotherOfTheCallersChats() {
        Caller alice = signUp();
        String chatA = createChat(alice, "a");
        String chatB = createChat(alice, "b");
        String message = postMessage(alice, chatA, "in a");
        String wrongPath = "/chats/" + chatB + "/messages/" + message;

        assertThat(api.get(wrongPath, alice).status()).isEqualTo(404);
        assertThat(api.put(wrongPath, alice, "{\"content\": \"moved\"}").status()).isEqualTo(404);
        assertThat(api.patch(wrongPath, alice, "{\"content\": \"moved\"}").status()).isEqualTo(404);
        assertThat(api.delete(wrongPath, alice).status()).isEqualTo(404);
        assertThat(api.get("/chats/" + chatB + "/messages", alice).array()).isEmpty();
        assertThat(api.get("/chats/" + chatA + "/messages/" + message, alice).json()).containsEntry("content", "in a");
    }

    @Test
    void shouldAnswer404ForMessagesOfAnUnknownChat() {
        Caller alice = signUp();
        String unknown = "/chats/00000000-0000-0000-0000-000000000000/messages";
        assertThat(api.get(unknown, alice).status()).isEqualTo(404);
        assertThat(api.post(unknown, alice, "{\"content\": \"x\"}").status()).isEqualTo(404);
    }
}
