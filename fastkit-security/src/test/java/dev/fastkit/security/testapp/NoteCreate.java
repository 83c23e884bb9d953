package dev.fastkit.security.testapp;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

@Serdeable
public record NoteCreate(@NotBlank String text) {
}
