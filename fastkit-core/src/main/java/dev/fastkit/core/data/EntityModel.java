package dev.fastkit.core.data;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Version;

import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * What FastKit needs to know about an entity type, read once from its compile-time introspection: the id, the
 * optional {@link Owner} property and the optional {@code @Version} property.
 *
 * @param <E> The entity type
 */
public final class EntityModel<E> {

    private final BeanIntrospection<E> introspection;
    private final BeanProperty<E, Object> id;
    private final @Nullable BeanProperty<E, Object> owner;
    private final @Nullable BeanProperty<E, Object> version;
    private final @Nullable BeanProperty<E, Object> dateCreated;

    private EntityModel(BeanIntrospection<E> introspection) {
        this.introspection = introspection;
        this.id = annotated(introspection, Id.class)
                .orElseThrow(() -> new IllegalArgumentException(introspection.getBeanType() + " has no @Id property"));
        this.owner = annotated(introspection, Owner.class).orElse(null);
        this.version = annotated(introspection, Version.class).orElse(null);
        this.dateCreated = annotated(introspection, DateCreated.class).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <E> Optional<BeanProperty<E, Object>> annotated(BeanIntrospection<E> introspection,
                                                                  Class<? extends Annotation> annotation) {
        return introspection.getBeanProperties().stream()
                .filter(property -> property.hasStereotype(annotation))
                .map(property -> (BeanProperty<E, Object>) property)
                .findFirst();
    }

    /**
     * @param entityType a {@code @MappedEntity} class
     * @param <E>        The entity type
     * @return its model
     * @throws IllegalArgumentException if the type has no introspection or no {@code @Id}
     */
    public static <E> EntityModel<E> of(Class<E> entityType) {
        return new EntityModel<>(BeanIntrospector.SHARED.getIntrospection(entityType));
    }

    /** @return the entity's introspection */
    public BeanIntrospection<E> introspection() {
        return introspection;
    }

    /** @return the {@code @Id} property */
    public BeanProperty<E, Object> id() {
        return id;
    }

    /** @return the {@link Owner} property, if the entity has one */
    public Optional<BeanProperty<E, Object>> owner() {
        return Optional.ofNullable(owner);
    }

    /** @return the {@code @Version} property, if the entity has one */
    public Optional<BeanProperty<E, Object>> version() {
        return Optional.ofNullable(version);
    }

    /** @return the {@code @DateCreated} property, if the entity has one */
    public Optional<BeanProperty<E, Object>> dateCreated() {
        return Optional.ofNullable(dateCreated);
    }

    /**
     * @param name a property name, such as {@code chatId}
     * @return that property
     * @throws IllegalArgumentException if the entity has no such property
     */
    public BeanProperty<E, Object> property(String name) {
        return introspection.getProperty(name)
                .orElseThrow(() -> new IllegalArgumentException(introspection.getBeanType() + " has no property " + name));
    }
}
