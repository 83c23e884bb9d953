package dev.fastkit.example.reaction;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/**
 * The {@code reactions} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReactionRepository extends BaseRepository<Reaction, UUID> {
}
