package dev.fastkit.example.chat;

import dev.fastkit.core.error.UnprocessableContentException;
import io.micronaut.core.annotation.Nullable;

import java.util.OptionalInt;

/**
 * The {@code include} and {@code messages_limit} query parameters of {@code GET /chats/{chat_id}}.
 */
final class MessagesInclude {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private MessagesInclude() {
    }

    /**
     * @param include       the {@code include} parameter: absent, or {@code messages}
     * @param messagesLimit the {@code messages_limit} parameter: absent (20), or 1 to 100
     * @return how many messages to include, or empty when none were asked for
     * @throws UnprocessableContentException (422) for another {@code include} value or a limit out of range
     */
    static OptionalInt parse(@Nullable String include, @Nullable String messagesLimit) {
        int limit = DEFAULT_LIMIT;
        if (messagesLimit != null) {
            try {
                limit = Integer.parseInt(messagesLimit.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw UnprocessableContentException.of("messages_limit", "must be an integer between 1 and " + MAX_LIMIT);
            }
        }
        if (include == null) {
            return OptionalInt.empty();
        }
        if (!include.equals("messages")) {
            throw UnprocessableContentException.of("include", "must be messages");
        }
        return OptionalInt.of(limit);
    }
}
