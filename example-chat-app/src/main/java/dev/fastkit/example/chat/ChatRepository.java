package dev.fastkit.example.chat;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/**
 * The {@code chats} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChatRepository extends BaseRepository<Chat, UUID> {
}
