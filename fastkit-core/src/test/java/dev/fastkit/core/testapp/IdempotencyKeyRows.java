package dev.fastkit.core.testapp;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Test-only: reads and ages a user's rows of {@code fastkit_idempotency_keys} with plain SQL, beside the application. */
@Singleton
public class IdempotencyKeyRows {

    private final DatasourceConfiguration database;

    IdempotencyKeyRows(@Named("default") DatasourceConfiguration database) {
        this.database = database;
    }

    /**
     * @param principal a user's name
     * @return how many keys of that user are stored
     */
    public long count(String principal) {
        try (Connection connection = connect(); PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM fastkit_idempotency_keys WHERE principal = ?")) {
            count.setString(1, principal);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes every key of a user older, as if it had been stored {@code age} earlier.
     *
     * @param principal a user's name
     * @param age       how much older
     */
    public void age(String principal, Duration age) {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(
                "UPDATE fastkit_idempotency_keys SET created_at = created_at - make_interval(secs => ?) WHERE principal = ?")) {
            update.setDouble(1, age.toSeconds());
            update.setString(2, principal);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.getUrl(), database.getUsername(), database.getPassword());
    }
}
