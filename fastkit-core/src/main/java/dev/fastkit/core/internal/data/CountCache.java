package dev.fastkit.core.internal.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.internal.invalidation.BatchedInvalidations;
import dev.fastkit.core.internal.invalidation.InvalidationListener;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Remembers the {@code X-Total-Count} of list queries for a short time, so that paging through a large collection
 * does not run {@code count(*)} for every page: on an owner with 100,000 rows, PostgreSQL's count costs some 45 times
 * the page query itself (13 ms against 0.3 ms, measured with pgbench; see the README).
 *
 * <p>Entries are keyed by the entity type, the type's generation and the query's scope (owner, parent). Every create
 * or delete of an entity type through FastKit moves that type to its next generation, which takes constant time and
 * leaves the older entries unreachable until they expire: in this process once its unit of work commits, so such
 * writes show at once, even to a count that was running while the write committed; in every other instance over the
 * same database when the {@code count:<table>} invalidation {@link #publish(Class) published} after the commit
 * reaches it (see {@link BatchedInvalidations}), within a second. Writes by plain SQL show after at most
 * {@link PaginationConfiguration#getCountCacheTimeToLive()}, or at once when they also run
 * {@code SELECT pg_notify('fastkit_invalidation', 'count:<table>')}. A time to live of zero turns the cache off.
 */
@Internal
@Singleton
public class CountCache implements InvalidationListener {

    private final Cache<List<Object>, Long> counts;
    private final boolean enabled;
    private final RuntimeEntityRegistry entities;
    private final BatchedInvalidations publisher;
    private final Map<String, Set<Class<?>>> countedTypesByTable = new ConcurrentHashMap<>();
    private final ClassValue<AtomicLong> generations = new ClassValue<>() {
        @Override
        protected AtomicLong computeValue(Class<?> type) {
            return new AtomicLong();
        }
    };
    private final ClassValue<String> tables = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            var entity = entities.getEntity(type);
            return entity.getNamingStrategy().mappedName(entity);
        }
    };

    /**
     * @param pagination the time to live and size of the cache
     * @param entities   Micronaut Data's entity models, which name each entity's table
     * @param publisher  tells the other instances
     */
    public CountCache(PaginationConfiguration pagination, RuntimeEntityRegistry entities, BatchedInvalidations publisher) {
        this.enabled = !pagination.getCountCacheTimeToLive().isZero();
        this.entities = entities;
        this.publisher = publisher;
        this.counts = Caffeine.newBuilder()
                .expireAfterWrite(pagination.getCountCacheTimeToLive())
                .maximumSize(pagination.getCountCacheMaximumSize())
                .build();
    }

    /**
     * @param entityType the listed entity type
     * @param scope      what the count depends on besides the type, such as the owner and parent ids
     * @param count      runs the {@code count(*)} query
     * @return the remembered count, or the one {@code count} answers now
     */
    public long count(Class<?> entityType, List<Object> scope, LongSupplier count) {
        if (!enabled) {
            return count.getAsLong();
        }
        countedTypesByTable.computeIfAbsent(tables.get(entityType), table -> ConcurrentHashMap.newKeySet())
                .add(entityType);
        return counts.get(key(entityType, scope), key -> count.getAsLong());
    }

    /**
     * Forgets every count of an entity type in this process, after rows of it were created or deleted.
     *
     * @param entityType the entity type
     */
    public void invalidate(Class<?> entityType) {
        generations.get(entityType).incrementAndGet();
    }

    /**
     * Publishes {@code count:<table>} in the next batch, so that every instance forgets the counts of the entity's
     * table within a second (this one included; {@link #invalidate(Class)} is still needed for this process to see
     * the write at once). Call it after the write committed.
     *
     * @param entityType the entity type whose rows were created or deleted
     */
    public void publish(Class<?> entityType) {
        publisher.publishSoon(topic(), tables.get(entityType));
    }

    /** @return {@code count} */
    @Override
    public String topic() {
        return "count";
    }

    /**
     * Forgets the counts of every entity type counted here that is mapped to a table.
     *
     * @param table the table name, as Micronaut Data maps the entity
     */
    @Override
    public void invalidate(String table) {
        Set<Class<?>> types = countedTypesByTable.get(table);
        if (types != null) {
            types.forEach(this::invalidate);
        }
    }

    /** Forgets every count. */
    @Override
    public void invalidateAll() {
        countedTypesByTable.values().forEach(types -> types.forEach(this::invalidate));
        counts.invalidateAll();
    }

    private List<Object> key(Class<?> entityType, List<Object> scope) {
        Object[] parts = new Object[scope.size() + 2];
        parts[0] = entityType;
        parts[1] = generations.get(entityType).get();
        for (int i = 0; i < scope.size(); i++) {
            parts[i + 2] = scope.get(i);
        }
        return Arrays.asList(parts);
    }
}
