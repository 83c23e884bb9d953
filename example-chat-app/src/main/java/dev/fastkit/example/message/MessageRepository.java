package dev.fastkit.example.message;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.List;
import java.util.UUID;

/**
 * The {@code messages} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MessageRepository extends BaseRepository<Message, UUID> {

    /**
     * One page of a chat's messages in one query, without counting.
     *
     * @param chatId   the chat
     * @param pageable the page and its order
     * @return the messages of that page
     */
    List<Message> findByChatId(UUID chatId, Pageable pageable);
}
