package dev.fastkit.example.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /chats/{chat_id}/messages/{message_id}}, a JSON Merge Patch (RFC 7396); FastKit applies it
 * to {@link MessageUpdateFull} and validates the result, so this record only documents the shape (OpenAPI).
 *
 * @param content 1 to 4000 characters, not blank; {@code null} is a 422
 */
@Serdeable
@Schema(description = "JSON Merge Patch (RFC 7396) of a message: only the keys sent change.")
public record MessageUpdatePartial(@Nullable @Size(min = 1, max = 4000) String content) {
}
