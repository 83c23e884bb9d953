package dev.fastkit.security.testapp;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The full-update schema of the test note. */
@Serdeable
public record NoteUpdateFull(@NotBlank String text) {
}
