package dev.fastkit.core.testapp;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Test-only: reads a soft-deleted table's {@code deleted_at} with plain SQL, beside the application. */
@Singleton
public class DeletedRows {

    private final DatasourceConfiguration database;

    DeletedRows(@Named("default") DatasourceConfiguration database) {
        this.database = database;
    }

    /**
     * @param table a table with {@code id} and {@code deleted_at} columns
     * @param id    a row's id
     * @return empty if the row is not in the table; else its {@code deleted_at}, {@code Instant.MIN} for SQL null
     */
    public Optional<Instant> deletedAt(String table, String id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection connection = DriverManager.getConnection(database.getUrl(), database.getUsername(),
                database.getPassword());
             PreparedStatement select = connection.prepareStatement(
                     "SELECT deleted_at FROM " + table + " WHERE id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Timestamp deleted = rows.getTimestamp(1);
                return Optional.of(deleted == null ? Instant.MIN : deleted.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
