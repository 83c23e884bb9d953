package ${package}.folder;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/**
 * The {@code folders} table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FolderRepository extends BaseRepository<Folder, UUID> {
}
