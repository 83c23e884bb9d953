package dev.fastkit.example.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /chats/{chat_id}}, a JSON Merge Patch (RFC 7396): only the keys sent change,
 * {@code "description": null} clears the description, {@code "title": null} is a 422. FastKit applies the patch to
 * {@link ChatUpdateFull} and validates the result, so this record only documents the shape (OpenAPI).
 *
 * @param title       1 to 200 characters, not blank
 * @param description up to 2000 characters, or {@code null} to clear it
 */
@Serdeable
@Schema(description = "JSON Merge Patch (RFC 7396) of a chat: only the keys sent change.")
public record ChatUpdatePartial(
        @Nullable @Size(min = 1, max = 200) String title,
        @Nullable @Size(max = 2000) String description) {
}
