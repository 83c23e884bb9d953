package dev.fastkit.core.testapp;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The bulletins' schemas: the create schema is also the full-update one. */
final class BulletinSchemas {

    private BulletinSchemas() {
    }

    @Serdeable
    record BulletinCreate(@NotBlank @Size(max = 200) String title) {
    }

    @Serdeable
    record BulletinRead(UUID id, String title, Instant createdAt) {
    }
}
