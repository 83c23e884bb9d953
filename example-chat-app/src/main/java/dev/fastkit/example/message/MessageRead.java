package dev.fastkit.example.message;

import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.Searchable;
import dev.fastkit.core.query.Sortable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.CONTAINS;
import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.GT;
import static dev.fastkit.core.query.FilterOperator.GTE;
import static dev.fastkit.core.query.FilterOperator.LT;
import static dev.fastkit.core.query.FilterOperator.LTE;

/**
 * A message as the API answers it.
 *
 * @param id        the message's id
 * @param chatId    the chat it belongs to
 * @param userId    the author's user id
 * @param content   the text
 * @param createdAt when it was posted (RFC 3339, UTC)
 * @param updatedAt when it was last changed (RFC 3339, UTC)
 */
@Serdeable
@DefaultSort("created_at")
public record MessageRead(UUID id, UUID chatId, UUID userId,
                          @Filterable(CONTAINS) @Searchable String content,
                          @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant createdAt,
                          @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant updatedAt) {
}
