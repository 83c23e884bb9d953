package dev.fastkit.example.message;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /chats/{chat_id}/messages}. Unknown keys, read-only fields included, are a 422.
 *
 * @param content 1 to 4000 characters, not blank
 */
@Serdeable
public record MessageCreate(@NotBlank @Size(min = 1, max = 4000) String content) {
}
