package dev.fastkit.core.service;

import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.internal.data.ResourceStore;
import dev.fastkit.core.ownership.ResourceScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.convert.ConversionService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parents of a nested resource as its path names them (see {@link ParentResource}): checks the chain for an
 * operation and fills the parents' ids into a new entity.
 *
 * @param <E> The child entity type
 */
final class ParentPath<E> {

    private final List<Level<E>> levels;
    private final ConversionService conversion;
    private final String nearestName;
    private final List<String> pathVariables;

    /**
     * @param child      the child entity's model
     * @param parent     the nearest parent, with its ancestors
     * @param conversion converts path values and the principal's name
     * @throws IllegalStateException if an entity lacks the property that should hold its parent's id
     */
    ParentPath(EntityModel<E> child, ParentResource parent, ConversionService conversion) {
        this.levels = Level.of(child, parent);
        this.conversion = conversion;
        this.nearestName = parent.entityType().getSimpleName().toLowerCase(Locale.ROOT);
        this.pathVariables = parent.chain().stream().map(ParentResource::pathVariable).toList();
    }

    /**
     * @param parent a nearest parent, with its ancestors, or {@code null}
     * @return the parents' entity types, nearest first; empty for {@code null}
     */
    static List<Class<?>> entityTypes(@Nullable ParentResource parent) {
        return parent == null ? List.of() : parent.chain().stream().<Class<?>>map(ParentResource::entityType).toList();
    }

    /**
     * @param parent a nearest parent, with its ancestors, or {@code null}
     * @return for every parent but the last, its property holding the next parent's id
     */
    static List<String> links(@Nullable ParentResource parent) {
        return parent == null ? List.of() : parent.chain().stream().skip(1).map(ParentResource::property).toList();
    }

    /** @return whether a parent of the chain has an owner */
    boolean owned() {
        return levels.stream().anyMatch(level -> level.ownerType() != null);
    }

    /** @return the path variables of the parents' ids, nearest first */
    List<String> pathVariables() {
        return pathVariables;
    }

    /**
     * Checks the whole chain in one statement: each id from the path, each link between them, and, for a principal,
     * the owner of every level that has one. Call it inside the operation's unit of work.
     *
     * @param scope the caller and the parents' ids
     * @param store the child's store, which runs the check
     * @return the nearest parent's id
     * @throws ResourceNotFoundException (404) if an id does not parse, a parent does not exist, is not linked to the
     *                                   next one or is another principal's
     */
    Object require(ResourceScope scope, ResourceStore<E> store) {
        return require(scope, store, false);
    }

    /**
     * As {@link #require(ResourceScope, ResourceStore)}, optionally without the owners: for a read that sees every
     * owner's rows.
     *
     * @param scope      the caller and the parents' ids
     * @param store      the child's store, which runs the check
     * @param everyOwner whether to leave the owners unchecked
     * @return the nearest parent's id
     * @throws ResourceNotFoundException (404) if an id does not parse, a parent does not exist or is not linked to
     *                                   the next one, or (unless {@code everyOwner}) is another principal's
     */
    Object require(ResourceScope scope, ResourceStore<E> store, boolean everyOwner) {
        List<Object> ids = new ArrayList<>(levels.size());
        List<Object> owners = scope.principalId() == null || everyOwner ? null : new ArrayList<>(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            Level<E> level = levels.get(i);
            ids.add(Optional.ofNullable(rawId(scope, i)).flatMap(raw -> convert(raw, level.idType()))
                    .orElseThrow(this::notFound));
            if (owners != null) {
                owners.add(level.ownerType() == null ? null
                        : convert(scope.principalId(), level.ownerType()).orElseThrow(this::notFound));
            }
        }
        if (!store.parentsExist(ids, owners)) {
            throw notFound();
        }
        return ids.get(0);
    }

    /**
     * @param entity a new child entity
     * @param scope  a scope {@link #require} has accepted
     * @return the entity with the nearest parent's id, and each ancestor's id it has a same-named property for
     */
    E fill(E entity, ResourceScope scope) {
        E filled = entity;
        for (int i = 0; i < levels.size(); i++) {
            Level<E> level = levels.get(i);
            if (level.childProperty() != null) {
                filled = level.childProperty().withValue(filled,
                        convert(rawId(scope, i), level.idType()).orElseThrow(this::notFound));
            }
        }
        return filled;
    }

    /** @return the raw id of the parent at {@code index} of the chain (0: the nearest), or {@code null} */
    private static @Nullable String rawId(ResourceScope scope, int index) {
        if (index == 0) {
            return scope.parentId();
        }
        return index - 1 < scope.ancestorIds().size() ? scope.ancestorIds().get(index - 1) : null;
    }

    private Optional<Object> convert(@Nullable String value, Class<?> type) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return conversion.convert(value, type).map(Object.class::cast);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("No such " + nearestName + ".");
    }

    /**
     * One parent of the chain.
     *
     * @param idType        the parent's id type, which its path value converts to
     * @param ownerType     the parent's {@code @Owner} property type, or {@code null} when it has none
     * @param childProperty the child's property that a create fills with this parent's id: the declared one for the
     *                      nearest parent, the same-named one of an ancestor if the child has it, else {@code null}
     */
    private record Level<E>(Class<?> idType, @Nullable Class<?> ownerType,
                            @Nullable BeanProperty<E, Object> childProperty) {

        static <E> List<Level<E>> of(EntityModel<E> child, ParentResource parent) {
            List<Level<E>> levels = new ArrayList<>();
            Class<?> below = child.introspection().getBeanType();
            for (ParentResource level : parent.chain()) {
                if (EntityModel.of(below).introspection().getProperty(level.property()).isEmpty()) {
                    throw new IllegalStateException(below.getName() + " has no property " + level.property()
                            + " holding the id of its parent " + level.entityType().getName());
                }
                EntityModel<?> model = EntityModel.of(level.entityType());
                Class<?> idType = model.id().getType();
                BeanProperty<E, Object> property = levels.isEmpty() ? child.property(level.property())
                        : child.introspection().getProperty(level.property())
                                .filter(candidate -> candidate.getType().isAssignableFrom(idType))
                                .orElse(null);
                levels.add(new Level<>(idType, model.owner().map(BeanProperty::getType).orElse(null), property));
                below = level.entityType();
            }
            return List.copyOf(levels);
        }
    }
}
