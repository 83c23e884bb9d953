package dev.fastkit.benchmarks.baseline;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code chats}, version included. */
record Chat(UUID id, String title, String description, UUID userId, Instant createdAt, Instant updatedAt,
            long version) {

    ChatRead toRead() {
        return new ChatRead(id, title, description, userId, createdAt, updatedAt);
    }

    String entityTag() {
        return "\"" + version + "\"";
    }
}
