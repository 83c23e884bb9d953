package dev.fastkit.security.testapp;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record NoteRead(UUID id, String text, UUID userId, Instant createdAt) {
}
