package dev.fastkit.core.internal.service;

import io.micronaut.core.annotation.Internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads the type arguments a subclass binds on a generic base class, such as {@code ChatService extends
 * BaseService<Chat, UUID, ...>}, once at construction.
 */
@Internal
public final class TypeArguments {

    private TypeArguments() {
    }

    /**
     * @param subclass a class that extends {@code base}, directly or through classes that bind no type arguments
     * @param base     the generic base class
     * @return the classes bound to {@code base}'s type parameters, in order
     * @throws IllegalStateException if {@code subclass} does not bind them to classes
     */
    public static Class<?>[] of(Class<?> subclass, Class<?> base) {
        for (Class<?> type = subclass; type != null && type != Object.class; type = type.getSuperclass()) {
            Type superType = type.getGenericSuperclass();
            if (superType instanceof ParameterizedType parameterized && parameterized.getRawType() == base) {
                Type[] arguments = parameterized.getActualTypeArguments();
                Class<?>[] classes = new Class<?>[arguments.length];
                for (int i = 0; i < arguments.length; i++) {
                    classes[i] = rawClass(arguments[i], subclass, base);
                }
                return classes;
            }
        }
        throw new IllegalStateException(subclass.getName() + " must extend " + base.getSimpleName() + " directly with concrete type arguments");
    }

    private static Class<?> rawClass(Type type, Class<?> subclass, Class<?> base) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException(subclass.getName() + " must bind the type arguments of " + base.getSimpleName() + " to classes");
    }
}
