package dev.fastkit.example.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /chats}. Unknown keys, read-only fields included, are a 422.
 *
 * @param title       1 to 200 characters, not blank
 * @param description optional, up to 2000 characters
 */
@Serdeable
public record ChatCreate(
        @NotBlank @Size(min = 1, max = 200) String title,
        @Nullable @Size(max = 2000) String description) {
}
