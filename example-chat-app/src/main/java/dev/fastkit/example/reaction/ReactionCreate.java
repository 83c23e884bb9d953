package dev.fastkit.example.reaction;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /chats/{chat_id}/messages/{message_id}/reactions}. Unknown keys, read-only fields included,
 * are a 422; the same emoji on the same message by the same user again is a 409.
 *
 * @param emoji 1 to 16 characters (UTF-16 code units, so a 16-unit sequence such as a family emoji fits), without
 *              whitespace or control characters
 */
@Serdeable
public record ReactionCreate(
        @NotBlank @Size(min = 1, max = 16)
        @Pattern(regexp = ReactionCreate.NO_WHITESPACE, message = "must not contain whitespace or control characters")
        String emoji) {

    /**
     * No whitespace (Unicode's White_Space, which ECMAScript's {@code \s} also means in the OpenAPI document) and no
     * control characters, from start to end.
     */
    static final String NO_WHITESPACE = "^[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u00a0\\u1680\\u2000-\\u200a"
            + "\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+$";
}
