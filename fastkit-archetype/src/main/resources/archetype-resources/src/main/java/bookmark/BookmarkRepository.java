package ${package}.bookmark;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/**
 * The {@code bookmarks} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BookmarkRepository extends BaseRepository<Bookmark, UUID> {
}
