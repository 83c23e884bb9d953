package dev.fastkit.security.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as clients see it: {@code {"id", "username", "full_name", "created_at"}}. No password or hash, ever.
 *
 * @param id        the user id
 * @param username  the username
 * @param fullName  the full name, or {@code null}
 * @param createdAt when the account was created (RFC 3339, UTC)
 */
@Serdeable
public record UserRead(UUID id,
                       String username,
                       @Nullable @JsonProperty("full_name") String fullName,
                       @JsonProperty("created_at") Instant createdAt) {

    /**
     * @param user a stored user
     * @return its read schema
     */
    public static UserRead of(User user) {
        return new UserRead(user.getId(), user.getUsername(), user.getFullName(), user.getCreatedAt());
    }
}
