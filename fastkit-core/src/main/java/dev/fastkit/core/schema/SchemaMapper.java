package dev.fastkit.core.schema;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies values between an entity and its schemas by property name, through compile-time introspection (no
 * reflection): a read schema is built from the entity's properties of the same names, and an update schema's
 * properties are written onto the entity. Records and mutable classes both work; an immutable target is copied.
 *
 * <p>Properties the target does not have are left out; target properties the source does not have stay
 * {@code null}. Types annotated {@code @Serdeable} or {@code @Introspected} qualify.
 *
 * <p>Which property feeds which is worked out once per pair of types and kept, so a copy costs only the property
 * reads and writes (it showed in the profile of list and include reads when looked up by name on every call).
 */
public final class SchemaMapper {

    /** The plans, by source type, then by target type. */
    private static final ClassValue<Map<Class<?>, Plan<?>>> PLANS = new ClassValue<>() {
        @Override
        protected Map<Class<?>, Plan<?>> computeValue(Class<?> sourceType) {
            return new ConcurrentHashMap<>();
        }
    };

    private SchemaMapper() {
    }

    /**
     * Builds a new {@code targetType} from the same-named properties of {@code source}.
     *
     * @param source     the object to read, such as an entity
     * @param targetType the type to build, such as {@code ChatRead}
     * @param <T>        The target type
     * @return the new object
     */
    public static <T> T map(Object source, Class<T> targetType) {
        Plan<T> plan = plan(source.getClass(), targetType);
        Object[] values = new Object[plan.constructorSources.length];
        for (int i = 0; i < values.length; i++) {
            BeanProperty<Object, Object> from = plan.constructorSources[i];
            values[i] = from == null ? null : from.get(source);
        }
        T result = plan.target.instantiate(values);
        for (Copy<T> copy : plan.setterCopies) {
            copy.to.set(result, copy.from.get(source));
        }
        return result;
    }

    /**
     * Writes every property of {@code source} onto the same-named property of {@code target}.
     *
     * @param source the values to write, such as an update schema
     * @param target the object to change, such as an entity
     * @param <T>    The target type
     * @return {@code target} changed, or a changed copy of it if it is immutable (a record)
     */
    @SuppressWarnings("unchecked")
    public static <T> T apply(Object source, T target) {
        Plan<T> plan = plan(source.getClass(), (Class<T>) target.getClass());
        T result = target;
        for (Copy<T> copy : plan.allCopies) {
            result = copy.to.withValue(result, copy.from.get(source));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> Plan<T> plan(Class<?> sourceType, Class<T> targetType) {
        return (Plan<T>) PLANS.get(sourceType).computeIfAbsent(targetType, type -> new Plan<>(sourceType, targetType));
    }

    /** One property copied: read {@code from} on the source, write {@code to} on the target. */
    private record Copy<T>(BeanProperty<Object, Object> from, BeanProperty<T, Object> to) {
    }

    /** How one source type is copied into one target type. */
    private static final class Plan<T> {

        private final BeanIntrospection<T> target;
        /** For each constructor argument of the target, the source property that fills it, or {@code null}. */
        private final BeanProperty<Object, Object>[] constructorSources;
        /** Writable target properties outside the constructor that the source has: {@link #map} sets them. */
        private final List<Copy<T>> setterCopies = new ArrayList<>();
        /** Every target property the source has: {@link #apply} writes them. */
        private final List<Copy<T>> allCopies = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Plan(Class<?> sourceType, Class<T> targetType) {
            BeanIntrospection<Object> source = (BeanIntrospection<Object>) BeanIntrospector.SHARED.getIntrospection(sourceType);
            this.target = BeanIntrospector.SHARED.getIntrospection(targetType);
            Argument<?>[] arguments = target.getConstructorArguments();
            this.constructorSources = new BeanProperty[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                constructorSources[i] = source.getProperty(arguments[i].getName()).orElse(null);
            }
            for (BeanProperty<T, Object> to : target.getBeanProperties()) {
                Optional<BeanProperty<Object, Object>> from = source.getProperty(to.getName());
                if (from.isEmpty()) {
                    continue;
                }
                allCopies.add(new Copy<>(from.get(), to));
                if (!to.isReadOnly() && !isConstructorArgument(arguments, to.getName())) {
                    setterCopies.add(new Copy<>(from.get(), to));
                }
            }
        }

        private static boolean isConstructorArgument(Argument<?>[] arguments, String name) {
            for (Argument<?> argument : arguments) {
                if (argument.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
