package dev.fastkit.security.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code PATCH /users/me} (JSON Merge Patch, RFC 7396): any of the keys; only those sent change.
 * {@code "full_name": null} clears the full name; {@code "username": null} is a 422. A new {@code password} needs the
 * right {@code current_password} (else 422 and nothing changes) and revokes every refresh token of the user.
 *
 * @param username        the new username
 * @param fullName        the new full name, or {@code null}
 * @param password        the new password in clear text
 * @param currentPassword the current password, required with {@code password}
 */
@Serdeable
public record UserUpdatePartial(@Nullable String username,
                                @Nullable @JsonProperty("full_name") String fullName,
                                @Nullable String password,
                                @Nullable @JsonProperty("current_password") String currentPassword) {

    @Override
    public String toString() {
        return "UserUpdatePartial[username=" + username + ", fullName=" + fullName + ", password=***]";
    }
}
