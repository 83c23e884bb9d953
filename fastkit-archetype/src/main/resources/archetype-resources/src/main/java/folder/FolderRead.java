package ${package}.folder;

import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.Filterable;
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
import static dev.fastkit.core.query.FilterOperator.STARTS_WITH;

/**
 * A folder as the API answers it. Lists are by name unless {@code sort} says otherwise
 * ({@code GET /folders?sort=-created_at&name[starts_with]=Work}); the annotations declare what a list may sort and
 * filter by.
 *
 * @param id        the folder's id
 * @param name      the name
 * @param userId    the owner's user id
 * @param createdAt when it was created (RFC 3339, UTC)
 * @param updatedAt when it was last changed (RFC 3339, UTC)
 */
@Serdeable
@DefaultSort("name")
public record FolderRead(UUID id,
                         @Sortable @Filterable({EQ, CONTAINS, STARTS_WITH}) String name,
                         UUID userId,
                         @Sortable @Filterable({LT, LTE, GT, GTE}) Instant createdAt,
                         @Sortable Instant updatedAt) {
}
