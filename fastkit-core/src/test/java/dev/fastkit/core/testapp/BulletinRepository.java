package dev.fastkit.core.testapp;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BulletinRepository extends BaseRepository<Bulletin, UUID> {
}
