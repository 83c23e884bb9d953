package dev.fastkit.core.service;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.data.ScopedReads;
import dev.fastkit.core.internal.data.CountCache;
import dev.fastkit.core.internal.data.EntityStatements;
import dev.fastkit.core.internal.idempotency.IdempotentCreates;
import dev.fastkit.core.internal.query.CursorCodec;
import dev.fastkit.core.query.ListQueryConfiguration;
import dev.fastkit.core.schema.SchemaBinder;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import jakarta.inject.Singleton;

/**
 * The collaborators every {@link BaseService} needs besides its repository, in one bean so that a service subclass's
 * constructor stays two arguments long and new collaborators do not break it.
 */
@Singleton
public final class ServiceDependencies {

    private final UnitOfWork unitOfWork;
    private final SchemaBinder binder;
    private final ConversionService conversion;
    private final PaginationConfiguration pagination;
    private final CountCache counts;
    private final EntityStatements statements;
    private final ListQueryConfiguration lists;
    private final CursorCodec cursors;
    private final IdempotentCreates idempotentCreates;

    ServiceDependencies(UnitOfWork unitOfWork, SchemaBinder binder, ConversionService conversion,
                        PaginationConfiguration pagination, CountCache counts, EntityStatements statements,
                        ListQueryConfiguration lists, CursorCodec cursors, IdempotentCreates idempotentCreates) {
        this.idempotentCreates = idempotentCreates;
        this.lists = lists;
        this.cursors = cursors;
        this.unitOfWork = unitOfWork;
        this.binder = binder;
        this.conversion = conversion;
        this.pagination = pagination;
        this.counts = counts;
        this.statements = statements;
    }

    /**
     * The scoped reads of an entity, for a service that reads another resource's rows directly, such as a parent
     * embedding its latest children after it has checked the parent itself.
     *
     * @param entityType     a {@code @MappedEntity} type
     * @param parentProperty the property that holds the parent's id, such as {@code chatId}, or {@code null}
     * @param <T>            The entity type
     * @return the entity's reads, scoped by its {@link dev.fastkit.core.ownership.Owner} property and that parent
     */
    public <T> ScopedReads<T> queries(Class<T> entityType, @Nullable String parentProperty) {
        return statements.queries(entityType, parentProperty);
    }

    /** @return runs each operation in one transaction */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** @return binds and validates JSON bodies strictly */
    public SchemaBinder binder() {
        return binder;
    }

    /** @return converts path values and principal names to id types */
    public ConversionService conversion() {
        return conversion;
    }

    /** @return list page sizes */
    public PaginationConfiguration pagination() {
        return pagination;
    }

    CountCache counts() {
        return counts;
    }

    EntityStatements statements() {
        return statements;
    }

    ListQueryConfiguration lists() {
        return lists;
    }

    CursorCodec cursors() {
        return cursors;
    }

    IdempotentCreates idempotentCreates() {
        return idempotentCreates;
    }
}
