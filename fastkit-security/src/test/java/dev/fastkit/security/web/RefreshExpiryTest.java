package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Expiry is stored per row; the tests move it into the past rather than wait 14 days. */
@MicronautTest(transactional = false)
class RefreshExpiryTest {

    @Inject
    Api api;

    DataSource dataSource;

    @Inject
    void setDataSource(DataSource contextual) {
        // the tests talk to the database directly, outside any unit of work
        this.dataSource = DelegatingDataSource.unwrapDataSource(contextual);
    }

    @Test
    void shouldAnswer401ForATokenPastItsIdleExpiry() throws SQLException {
        Api.Session session = api.newSession();
        expire(session, "idle_expires_at");

        assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401ForATokenPastItsFamilysAbsoluteExpiry() throws SQLException {
        Api.Session session = api.newSession();
        expire(session, "expires_at");

        assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void shouldKeepTheFamilysAbsoluteExpiryAcrossRotations() throws SQLException {
        Api.Session session = api.newSession();
        String successor = api.refresh(session.refreshToken()).refreshCookieValue();

        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(DISTINCT expires_at), count(DISTINCT family_id), count(*) FROM refresh_tokens WHERE user_id = ?")) {
            query.setObject(1, userId(session));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
                assertThat(row.getInt(2)).isEqualTo(1);
                assertThat(row.getInt(3)).isEqualTo(2);
            }
        }
        assertThat(successor).isNotEqualTo(session.refreshToken());
    }

    @Test
    void shouldStoreOnlyTheHashOfTheRefreshToken() throws SQLException {
        Api.Session session = api.newSession();

        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT token_hash = sha256(convert_to(?, 'UTF8')) FROM refresh_tokens WHERE user_id = ?")) {
            query.setString(1, session.refreshToken());
            query.setObject(2, userId(session));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isTrue();
            }
        }
    }

    private UUID userId(Api.Session session) {
        return UUID.fromString(api.get("/users/me", "Authorization", session.authorization()).string("id"));
    }

    private void expire(Api.Session session, String column) throws SQLException {
        UUID userId = userId(session);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE refresh_tokens SET " + column + " = now() - interval '1 second' WHERE user_id = ?")) {
            update.setObject(1, userId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
