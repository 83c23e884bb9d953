package dev.fastkit.example.message;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /chats/{chat_id}/messages/{message_id}}, and the document a {@code PATCH} merge patch is
 * applied to.
 *
 * @param content 1 to 4000 characters, not blank
 */
@Serdeable
public record MessageUpdateFull(@NotBlank @Size(min = 1, max = 4000) String content) {
}
