package dev.fastkit.example.reaction;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md, "Reactions": reactions two levels deep, under a message of a chat the caller owns. */
@MicronautTest
class ReactionApiTest extends EndToEndTest {

    @Test
    void shouldCreateReadListAndDeleteAReaction() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        String base = reactions(chat, message);

        Answer created = api.post(base, alice, "{\"emoji\": \"👍\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsOnlyKeys("id", "message_id", "chat_id", "user_id", "emoji", "created_at")
                .containsEntry("message_id", message).containsEntry("chat_id", chat)
                .containsEntry("user_id", alice.id()).containsEntry("emoji", "👍");
        assertThat(created.header("Location")).isEqualTo(base + "/" + created.id());
        assertThat(created.header("ETag")).isNotBlank();
        String reaction = base + "/" + created.id();

        assertThat(api.get(reaction, alice).json()).isEqualTo(created.json());
        Answer list = api.get(base, alice);
        assertThat(list.array()).extracting(item -> item.get("id")).containsExactly(created.id());
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(api.delete(reaction, alice).status()).isEqualTo(204);
        assertThat(api.get(reaction, alice).status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer409ForTheSameEmojiOnTheSameMessageAgain() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        String other = postMessage(alice, chat, "again");
        assertThat(api.post(reactions(chat, message), alice, "{\"emoji\": \"🎉\"}").status()).isEqualTo(201);

        Answer repeat = api.post(reactions(chat, message), alice, "{\"emoji\": \"🎉\"}");

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post(reactions(chat, message), alice, "{\"emoji\": \"👍\"}").status()).isEqualTo(201);
        assertThat(api.post(reactions(chat, other), alice, "{\"emoji\": \"🎉\"}").status()).isEqualTo(201);
        assertThat(api.get(reactions(chat, message), alice).header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void shouldAnswer405WithAllowGetDeleteForPutAndPatch() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        String reaction = api.post(reactions(chat, message), alice, "{\"emoji\": \"👍\"}").header("Location");

        for (Answer answer : List.of(api.put(reaction, alice, "{\"emoji\": \"👎\"}"),
                api.patch(reaction, alice, "{\"emoji\": \"👎\"}"))) {
            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.header("Allow")).isEqualTo("GET, DELETE");
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get(reaction, alice).json()).containsEntry("emoji", "👍");
    }

    @Test
    void shouldRejectInvalidEmoji() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        for (String bad : List.of("{}", "{\"emoji\": \"\"}", "{\"emoji\": \" \"}", "{\"emoji\": \"a b\"}",
                "{\"emoji\": \"👍\\n\"}", "{\"emoji\": \"\\u00a0\"}", "{\"emoji\": \"\\u3000👍\"}", "{\"emoji\": null}",
                "{\"emoji\": 42}", "{\"emoji\": \"" + "x".repeat(17) + "\"}",
                "{\"emoji\": \"👍\", \"message_id\": \"" + message + "\"}")) {
            Answer answer = api.post(reactions(chat, message), alice, bad);
            assertThat(answer.status()).as(bad).isEqualTo(422);
            assertThat(answer.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
        assertThat(api.post(reactions(chat, message), alice, "{\"emoji\": \"" + "x".repeat(16) + "\"}").status())
                .isEqualTo(201);
        assertThat(api.post(reactions(chat, message), alice, "{\"emoji\": \"👨‍👩‍👧‍👦\"}").status()).isEqualTo(201);
        assertThat(api.get(reactions(chat, message), alice).header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void shouldAnswer404ForAMessageReachedThroughAnotherOfTheCallersChats() {
        Caller alice = signUp();
        String chatA = createChat(alice, "a");
        String chatB = createChat(alice, "b");
        String message = postMessage(alice, chatA, "in a");
        String reaction = api.post(reactions(chatA, message), alice, "{\"emoji\": \"👍\"}").id();

        assertEveryRoute404(chatB, message, reaction, alice);
        assertThat(api.get(reactions(chatA, message) + "/" + reaction, alice).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404ForAReactionReachedThroughAnotherMessage() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "first");
        String other = postMessage(alice, chat, "second");
        String reaction = api.post(reactions(chat, message), alice, "{\"emoji\": \"👍\"}").id();

        assertThat(api.get(reactions(chat, other) + "/" + reaction, alice).status()).isEqualTo(404);
        assertThat(api.delete(reactions(chat, other) + "/" + reaction, alice).status()).isEqualTo(404);
        assertThat(api.get(reactions(chat, other), alice).header("X-Total-Count")).isEqualTo("0");
        assertThat(api.get(reactions(chat, message) + "/" + reaction, alice).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404ForAnotherUsersChat() {
        Caller alice = signUp();
        Caller mallory = signUp();
        String chat = createChat(alice, "private");
        String message = postMessage(alice, chat, "secret");
        String reaction = api.post(reactions(chat, message), alice, "{\"emoji\": \"👍\"}").id();

        assertEveryRoute404(chat, message, reaction, mallory);
        assertThat(api.get(reactions(chat, message), alice).header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldAnswer404ForUnknownOrMalformedIds() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "hello");
        String unknown = UUID.randomUUID().toString();

        assertEveryRoute404(unknown, message, unknown, alice);
        assertEveryRoute404(chat, unknown, unknown, alice);
        assertEveryRoute404(chat, "not-a-uuid", unknown, alice);
        assertThat(api.get(reactions(chat, message) + "/" + unknown, alice).status()).isEqualTo(404);
        assertThat(api.get(reactions(chat, message) + "/not-a-uuid", alice).status()).isEqualTo(404);
    }

    @Test
    void shouldDeleteReactionsWithTheirMessageAndTheirChat() {
        Caller alice = signUp();
        String chat = createChat(alice, "room");
        String message = postMessage(alice, chat, "goes");
        String other = postMessage(alice, chat, "stays, then goes with the chat");
        api.post(reactions(chat, message), alice, "{\"emoji\": \"👍\"}");
        api.post(reactions(chat, other), alice, "{\"emoji\": \"👍\"}");

        assertThat(api.delete("/chats/" + chat + "/messages/" + message, alice).status()).isEqualTo(204);
        assertThat(countRows("reactions", "message_id", message)).isZero();
        assertThat(countRows("reactions", "chat_id", chat)).isEqualTo(1);
        assertThat(api.delete("/chats/" + chat, alice).status()).isEqualTo(204);
        assertThat(countRows("reactions", "chat_id", chat)).isZero();
    }

    private void assertEveryRoute404(String chat, String message, String reaction, Caller caller) {
        String base = reactions(chat, message);
        assertThat(api.get(base, caller).status()).as("list %s", base).isEqualTo(404);
        assertThat(api.post(base, caller, "{\"emoji\": \"👀\"}").status()).as("create %s", base).isEqualTo(404);
        assertThat(api.get(base + "/" + reaction, caller).status()).as("read %s", base).isEqualTo(404);
        assertThat(api.delete(base + "/" + reaction, caller).status()).as("delete %s", base).isEqualTo(404);
    }

    private static String reactions(String chat, String message) {
        return "/chats/" + chat + "/messages/" + message + "/reactions";
    }
}
