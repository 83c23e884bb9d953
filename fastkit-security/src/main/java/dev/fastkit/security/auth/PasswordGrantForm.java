package dev.fastkit.security.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The OAuth 2.0 resource owner password credentials form (RFC 6749, section 4.3.2), sent as
 * {@code application/x-www-form-urlencoded}. Other form fields (such as {@code scope} or {@code client_id}) are
 * ignored.
 *
 * @param username  the username, any case
 * @param password  the password
 * @param grantType optional; when sent it must be {@code password}
 */
@Serdeable
public record PasswordGrantForm(@Nullable String username,
                                @Nullable String password,
                                @Nullable @JsonProperty("grant_type") String grantType) {

    @Override
    public String toString() {
        return "PasswordGrantForm[username=" + username + ", password=***, grantType=" + grantType + "]";
    }
}
