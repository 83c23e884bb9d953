package dev.fastkit.example.fuzz;

import dev.fastkit.test.HttpTestClient;

import java.util.UUID;

/**
 * The rows a fuzzed request may name: a signed-up user with its token, one of its chats, one of that chat's messages
 * and a reaction on it. Replaced when a request deletes one of them or makes the token invalid. The user starts with
 * three chats and each new chat with three messages, so that small pages have a next one ({@code Link: rel="next"}).
 *
 * @param bearer     the {@code Authorization} value
 * @param chatId     a chat of the user
 * @param messageId  a message of that chat
 * @param reactionId a reaction on that message
 */
record Fixture(String bearer, String chatId, String messageId, String reactionId) {

    static final String PASSWORD = "Fuzz-pass-42!";

    /**
     * @param http a client of the server under test
     * @return a new user with a chat and a message
     */
    static Fixture create(HttpTestClient http) {
        String username = "fuzz" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        HttpTestClient.Reply signup = http.post("/auth/signup")
                .json("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}").send();
        require(signup, 201);
        String bearer = "Bearer " + signup.field("access_token");
        for (int i = 0; i < 2; i++) {
            require(http.post("/chats").header("Authorization", bearer).json("{\"title\": \"fuzzed " + i + "\"}").send(),
                    201);
        }
        return withChat(http, bearer);
    }

    /**
     * @param http    a client of the server under test
     * @param request the request just sent
     * @param status  its answer's status
     * @return this fixture, or a new one where the request removed a row of it or invalidated the token
     */
    Fixture afterward(HttpTestClient http, FuzzRequest request, int status) {
        if (status >= 300) {
            return this;
        }
        String path = request.path();
        if (path.startsWith("/users/me")) {
            return http.get("/users/me").header("Authorization", bearer).send().status() == 200 ? this : create(http);
        }
        if (!request.operation().method().equals("DELETE")) {
            return this;
        }
        if (path.contains(reactionId)) {
            return withReaction(http, bearer, chatId, messageId);
        }
        if (path.contains(messageId)) {
            return withMessage(http, bearer, chatId);
        }
        if (path.contains(chatId)) {
            return withChat(http, bearer);
        }
        return this;
    }

    private static Fixture withChat(HttpTestClient http, String bearer) {
        HttpTestClient.Reply chat = http.post("/chats").header("Authorization", bearer)
                .json("{\"title\": \"fuzzed\"}").send();
        require(chat, 201);
        for (int i = 0; i < 2; i++) {
            require(http.post("/chats/" + chat.field("id") + "/messages").header("Authorization", bearer)
                    .json("{\"content\": \"fuzzed " + i + "\"}").send(), 201);
        }
        return withMessage(http, bearer, chat.field("id"));
    }

    private static Fixture withMessage(HttpTestClient http, String bearer, String chatId) {
        HttpTestClient.Reply message = http.post("/chats/" + chatId + "/messages").header("Authorization", bearer)
                .json("{\"content\": \"fuzzed\"}").send();
        require(message, 201);
        return withReaction(http, bearer, chatId, message.field("id"));
    }

    private static Fixture withReaction(HttpTestClient http, String bearer, String chatId, String messageId) {
        HttpTestClient.Reply reaction = http.post("/chats/" + chatId + "/messages/" + messageId + "/reactions")
                .header("Authorization", bearer).json("{\"emoji\": \"fixture-" + UUID.randomUUID().toString()
                        .substring(0, 8) + "\"}").send();
        require(reaction, 201);
        return new Fixture(bearer, chatId, messageId, reaction.field("id"));
    }

    private static void require(HttpTestClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("fixture set-up answered " + reply);
        }
    }
}
