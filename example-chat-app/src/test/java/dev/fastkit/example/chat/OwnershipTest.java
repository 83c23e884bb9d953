package dev.fastkit.example.chat;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OwnershipTest extends EndToEndTest {

    @Test
    void shouldAnswer404ForAnotherUsersChatForEveryVerb() {
        Caller alice = signUp();
        Caller mallory = signUp();
        String chat = "/chats/" + createChat(alice, "private");

        assertThat(api.get(chat, mallory).status()).isEqualTo(404);
        assertThat(api.get(chat + "?include=messages", mallory).status()).isEqualTo(404);
        assertThat(api.put(chat, mallory, "{\"title\": \"mine\", \"description\": null}").status()).isEqualTo(404);
        assertThat(api.patch(chat, mallory, "{\"title\": \"mine\"}").status()).isEqualTo(404);
        assertThat(api.delete(chat, mallory).status()).isEqualTo(404);
        Answer malloryList = api.get("/chats", mallory);
        assertThat(malloryList.array()).isEmpty();
        assertThat(malloryList.header("X-Total-Count")).isEqualTo("0");

        assertThat(api.get(chat, alice).json()).containsEntry("title", "private");
    }

    @Test
    void shouldAnswer404ForAnotherUsersMessagesForEveryVerb() {
        Caller alice = signUp();
        Caller mallory = signUp();
        String chatId = createChat(alice, "private");
        String messages = "/chats/" + chatId + "/messages";
        String message = messages + "/" + postMessage(alice, chatId, "secret");

        assertThat(api.get(messages, mallory).status()).isEqualTo(404);
        assertThat(api.post(messages, mallory, "{\"content\": \"intrusion\"}").status()).isEqualTo(404);
        assertThat(api.get(message, mallory).status()).isEqualTo(404);
        assertThat(api.put(message, mallory, "{\"content\": \"changed\"}").status()).isEqualTo(404);
        assertThat(api.patch(message, mallory, "{\"content\": \"changed\"}").status()).isEqualTo(404);
        assertThat(api.delete(message, mallory).status()).isEqualTo(404);

        String malloryChat = createChat(mallory, "own");
        String viaOwnChat = "/chats/" + malloryChat + "/messages/" + message.substring(message.lastIndexOf('/') + 1);
        assertThat(api.get(viaOwnChat, mallory).status()).isEqualTo(404);
        assertThat(api.patch(viaOwnChat, mallory, "{\"content\": \"changed\"}").status()).isEqualTo(404);
        assertThat(api.delete(viaOwnChat, mallory).status()).isEqualTo(404);

        Answer aliceView = api.get(messages, alice);
        assertThat(aliceView.array()).singleElement().satisfies(m -> assertThat(m).containsEntry("content", "secret"));
    }

    @Test
    void shouldDeleteTheUsersChatsAndMessagesWithTheAccount() {
        Caller alice = signUp();
        String chat = createChat(alice, "mine");
        postMessage(alice, chat, "hello");

        assertThat(api.delete("/users/me", alice).status()).isEqualTo(204);

        assertThat(countRows("chats", "user_id", alice.id())).isZero();
        assertThat(countRows("messages", "user_id", alice.id())).isZero();
        Answer afterwards = api.get("/chats", alice);
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
