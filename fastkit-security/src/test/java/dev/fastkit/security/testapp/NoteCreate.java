package dev.fastkit.security.testapp;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The create schema of the test note. */
@Serdeable
public record NoteCreate(@NotBlank String text) {
}
