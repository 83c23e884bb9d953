package dev.fastkit.example.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fastkit.core.include.Includable;
import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.Searchable;
import dev.fastkit.core.query.Sortable;
import dev.fastkit.example.message.Message;
import dev.fastkit.example.message.MessageRead;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.CONTAINS;
import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.GT;
import static dev.fastkit.core.query.FilterOperator.GTE;
import static dev.fastkit.core.query.FilterOperator.IN;
import static dev.fastkit.core.query.FilterOperator.LT;
import static dev.fastkit.core.query.FilterOperator.LTE;
import static dev.fastkit.core.query.FilterOperator.NE;
import static dev.fastkit.core.query.FilterOperator.NULL;
import static dev.fastkit.core.query.FilterOperator.STARTS_WITH;

/**
 * A chat as the API answers it; {@code description} is always present, {@code null} when there is none. Lists sort,
 * filter and search as API.md's table says, newest first by default.
 *
 * @param id          the chat's id
 * @param title       the title
 * @param description the description, or {@code null}
 * @param userId      the owner's user id
 * @param createdAt   when it was created (RFC 3339, UTC)
 * @param updatedAt   when it was last changed (RFC 3339, UTC)
 * @param messages    only with {@code ?include=messages}: the latest {@code messages_limit} (default 20, 1 to
 *                    100) messages, oldest first; otherwise omitted
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@DefaultSort("-created_at")
public record ChatRead(
        UUID id,
        @Sortable @Filterable({EQ, NE, IN, CONTAINS, STARTS_WITH}) @Searchable String title,
        @Nullable @Filterable({NULL, CONTAINS}) @Searchable String description,
        UUID userId,
        @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant createdAt,
        @Sortable @Filterable({EQ, LT, LTE, GT, GTE}) Instant updatedAt,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL)
        @Includable(entity = Message.class, parentProperty = "chatId", latest = true)
        List<MessageRead> messages) {
}
