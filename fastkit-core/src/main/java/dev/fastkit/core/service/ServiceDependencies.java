package dev.fastkit.core.service;

import dev.fastkit.core.data.CountCache;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.core.convert.ConversionService;
import jakarta.inject.Singleton;

/**
 * The collaborators every {@link BaseService} needs besides its repository, in one bean so that a service subclass's
 * constructor stays two arguments long and new collaborators do not break it.
 *
 * @param unitOfWork  runs each operation in one transaction
 * @param binder      binds and validates JSON bodies
 * @param conversion  converts path values and principal names to id types
 * @param pagination  list page sizes
 * @param counts      remembered list totals
 * @param jdbc        runs FastKit's scoped reads
 * @param entities    Micronaut Data's runtime entity models
 */
@Singleton
public record ServiceDependencies(UnitOfWork unitOfWork, SchemaBinder binder, ConversionService conversion,
                                  PaginationConfiguration pagination, CountCache counts, JdbcOperations jdbc,
                                  RuntimeEntityRegistry entities) {
}
