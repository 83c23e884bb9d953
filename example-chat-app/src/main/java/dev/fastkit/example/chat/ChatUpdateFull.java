package dev.fastkit.example.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /chats/{chat_id}}: both keys are required, {@code description} may be {@code null}. It is
 * also the document a {@code PATCH} merge patch is applied to.
 *
 * @param title       1 to 200 characters, not blank
 * @param description up to 2000 characters, or {@code null} to clear it
 */
@Serdeable
public record ChatUpdateFull(
        @NotBlank @Size(min = 1, max = 200) String title,
        @Nullable @Size(max = 2000) String description) {
}
