package dev.fastkit.core.schema;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.util.Optional;

/**
 * Copies values between an entity and its schemas by property name, through compile-time introspection (no
 * reflection): a read schema is built from the entity's properties of the same names, and an update schema's
 * properties are written onto the entity. Records and mutable classes both work; an immutable target is copied.
 *
 * <p>Properties the target does not have are left out; target properties the source does not have stay
 * {@code null}. Types annotated {@code @Serdeable} or {@code @Introspected} qualify.
 */
public final class SchemaMapper {

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
        BeanIntrospection<T> target = BeanIntrospector.SHARED.getIntrospection(targetType);
        BeanIntrospection<Object> sourceIntrospection = introspection(source);
        Argument<?>[] constructorArguments = target.getConstructorArguments();
        Object[] values = new Object[constructorArguments.length];
        for (int i = 0; i < constructorArguments.length; i++) {
            values[i] = value(sourceIntrospection, source, constructorArguments[i].getName()).orElse(null);
        }
        T result = target.instantiate(values);
        for (BeanProperty<T, Object> property : target.getBeanProperties()) {
            if (!property.isReadOnly() && !isConstructorArgument(constructorArguments, property.getName())) {
                value(sourceIntrospection, source, property.getName()).ifPresent(value -> property.set(result, value));
            }
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
    public static <T> T apply(Object source, T target) {
        BeanIntrospection<Object> sourceIntrospection = introspection(source);
        BeanIntrospection<T> targetIntrospection = introspection(target);
        T result = target;
        for (BeanProperty<Object, Object> property : sourceIntrospection.getBeanProperties()) {
            Optional<BeanProperty<T, Object>> targetProperty = targetIntrospection.getProperty(property.getName());
            if (targetProperty.isPresent()) {
                result = targetProperty.get().withValue(result, property.get(source));
            }
        }
        return result;
    }

    private static Optional<Object> value(BeanIntrospection<Object> introspection, Object bean, String name) {
        return introspection.getProperty(name).map(property -> property.get(bean));
    }

    private static boolean isConstructorArgument(Argument<?>[] arguments, String name) {
        for (Argument<?> argument : arguments) {
            if (argument.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> BeanIntrospection<T> introspection(T bean) {
        return (BeanIntrospection<T>) BeanIntrospector.SHARED.getIntrospection(bean.getClass());
    }
}
