package dev.fastkit.security.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /users/me}: both keys required, {@code full_name} may be {@code null} to clear it.
 *
 * @param username the new username
 * @param fullName the new full name, or {@code null}
 */
@Serdeable
public record UserUpdateFull(@NotNull String username,
                             @Nullable @JsonProperty("full_name") String fullName) {
}
