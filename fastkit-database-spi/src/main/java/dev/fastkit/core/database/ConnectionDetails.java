package dev.fastkit.core.database;

import java.util.Objects;

/**
 * How to reach a PostgreSQL database.
 *
 * @param jdbcUrl  the JDBC URL, {@code jdbc:postgresql://host:port/database}. Must not be {@literal null}.
 * @param username the user to connect as. Must not be {@literal null}.
 * @param password the user's password; empty when the server needs none. Must not be {@literal null}.
 */
public record ConnectionDetails(String jdbcUrl, String username, String password) {

    /**
     * Checks that no part is {@literal null}.
     *
     * @throws NullPointerException if a part is {@literal null}
     */
    public ConnectionDetails {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * The details without the password, for logs.
     *
     * @return the URL and user, the password masked
     */
    @Override
    public String toString() {
        return "ConnectionDetails[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password=****]";
    }
}
