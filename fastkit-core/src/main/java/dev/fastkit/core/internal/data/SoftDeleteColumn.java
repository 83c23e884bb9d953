package dev.fastkit.core.internal.data;

import dev.fastkit.core.data.SoftDelete;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Finds an entity's {@link SoftDelete} property, the column every FastKit read requires to be {@code NULL}. */
@Internal
final class SoftDeleteColumn {

    private static final Set<Class<?>> TYPES = Set.of(Instant.class, OffsetDateTime.class, LocalDateTime.class);

    private SoftDeleteColumn() {
    }

    /**
     * @param entity an entity's runtime model
     * @return its {@link SoftDelete} property, or {@code null} when its rows are deleted for good
     * @throws IllegalStateException if it has more than one, or one that is not a timestamp
     */
    static @Nullable RuntimePersistentProperty<?> property(RuntimePersistentEntity<?> entity) {
        List<? extends RuntimePersistentProperty<?>> marked = entity.getPersistentProperties().stream()
                .filter(property -> property.getAnnotationMetadata().hasStereotype(SoftDelete.class))
                .toList();
        if (marked.isEmpty()) {
            return null;
        }
        if (marked.size() > 1 || !TYPES.contains(marked.get(0).getType())) {
            throw new IllegalStateException(entity.getName() + " needs exactly one @SoftDelete property, an Instant, "
                    + "OffsetDateTime or LocalDateTime");
        }
        return marked.get(0);
    }

    /**
     * @param entity an entity's runtime model
     * @return its {@link SoftDelete} column's name, or {@code null} when its rows are deleted for good
     */
    static @Nullable String name(RuntimePersistentEntity<?> entity) {
        RuntimePersistentProperty<?> property = property(entity);
        return property == null ? null : entity.getNamingStrategy().mappedName(property);
    }
}
