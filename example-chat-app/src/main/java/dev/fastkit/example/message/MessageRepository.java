package dev.fastkit.example.message;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/**
 * The {@code messages} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MessageRepository extends BaseRepository<Message, UUID> {
}
