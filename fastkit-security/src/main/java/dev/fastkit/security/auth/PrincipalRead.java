package dev.fastkit.security.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who the access token belongs to: {@code {"user_id", "username"}}.
 *
 * @param userId   the user id (the principal name)
 * @param username the username
 */
@Serdeable
public record PrincipalRead(@JsonProperty("user_id") String userId, String username) {
}
