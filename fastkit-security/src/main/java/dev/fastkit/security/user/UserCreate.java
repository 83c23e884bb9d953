package dev.fastkit.security.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /auth/signup} and {@code POST /auth/register}. Bound strictly: any other key (such as
 * {@code id}, {@code is_admin} or {@code password_hash}) is a 422. The content rules of each field come from
 * {@link UserRules} and {@link dev.fastkit.security.password.PasswordPolicy}, which are configurable.
 *
 * @param username the username, unique regardless of case
 * @param password the password in clear text; only its hash is stored
 * @param fullName the full name, optional
 */
@Serdeable
public record UserCreate(@NotNull String username,
                         @NotNull String password,
                         @Nullable @JsonProperty("full_name") String fullName) {

    @Override
    public String toString() {
        return "UserCreate[username=" + username + ", password=***, fullName=" + fullName + "]";
    }
}
