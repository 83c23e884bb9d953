package dev.fastkit.core.internal.include;

import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.include.Includable;
import dev.fastkit.core.include.IncludeRequest;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The includes a read schema declares ({@link Includable}), and the parsing of a request's {@code include} and limit
 * parameters against them.
 */
@Internal
public final class Includes {

    /** The query parameter naming the includes, comma-separated. */
    public static final String INCLUDE = "include";

    /**
     * One declared include.
     *
     * @param name           its JSON name, as {@code include} names it
     * @param property       the read schema's property it fills
     * @param entityType     the child entity
     * @param parentProperty the child's property holding the parent id
     * @param elementType    the list's element type, the child's read schema
     * @param latest         whether the latest children are included
     * @param limitParameter the query parameter of the limit
     * @param defaultLimit   the limit without that parameter
     * @param maxLimit       the largest limit
     */
    public record Include(String name, String property, Class<?> entityType, String parentProperty,
                          Class<?> elementType, boolean latest, String limitParameter, int defaultLimit,
                          int maxLimit) {
    }

    private final Map<String, Include> includes;

    private Includes(Map<String, Include> includes) {
        this.includes = includes;
    }

    /**
     * @param readType a read schema
     * @param binder   for the JSON names
     * @return its includes
     * @throws IllegalStateException if an {@link Includable} field is not a list, or its child entity lacks the
     *                               parent property
     */
    public static Includes of(Class<?> readType, SchemaBinder binder) {
        Map<String, Include> includes = new LinkedHashMap<>();
        for (Map.Entry<String, BeanProperty<?, Object>> entry : binder.propertiesByJsonName(readType).entrySet()) {
            BeanProperty<?, Object> property = entry.getValue();
            AnnotationValue<Includable> declared = property.getAnnotation(Includable.class);
            if (declared == null) {
                continue;
            }
            Argument<?>[] elements = property.asArgument().getTypeParameters();
            if (!List.class.isAssignableFrom(property.getType()) || elements.length != 1) {
                throw new IllegalStateException("@Includable " + readType.getName() + "." + property.getName()
                        + " must be a List of the child's read schema");
            }
            Class<?> entityType = declared.classValue("entity").orElseThrow();
            String parentProperty = declared.stringValue("parentProperty").orElseThrow();
            EntityModel.of(entityType).property(parentProperty);
            String limitParameter = declared.stringValue("limitParameter").filter(s -> !s.isEmpty())
                    .orElse(entry.getKey() + "_limit");
            includes.put(entry.getKey(), new Include(entry.getKey(), property.getName(), entityType, parentProperty,
                    elements[0].getType(), declared.booleanValue("latest").orElse(false), limitParameter,
                    declared.intValue("defaultLimit").orElse(20), declared.intValue("maxLimit").orElse(100)));
        }
        return new Includes(includes);
    }

    /**
     * @param name a JSON name
     * @return the include of that name
     */
    public Optional<Include> find(String name) {
        return Optional.ofNullable(includes.get(name));
    }

    /** @return the declared includes, in declaration order */
    public List<Include> all() {
        return List.copyOf(includes.values());
    }

    /**
     * @param parameters a {@code GET /{id}} request's query parameters
     * @param alsoTaken  the names of the other parameters the route takes, such as {@code fields}
     * @return the includes asked for, in the order asked; empty without {@code include}
     * @throws UnprocessableContentException (422, the parameter as pointer) for a parameter the route does not take
     *                                       (also {@code include} where nothing can be included), an unknown or
     *                                       repeated include, an empty value, or a limit that is not an integer in
     *                                       range
     */
    public List<IncludeRequest> parse(Map<String, List<String>> parameters, Set<String> alsoTaken) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            boolean taken = alsoTaken.contains(name) || name.equals(INCLUDE) && !includes.isEmpty()
                    || includes.values().stream().anyMatch(include -> include.limitParameter().equals(name));
            if (!taken) {
                errors.add(new FieldError(name, "is not a parameter of this route"));
            }
        }
        if (includes.isEmpty()) {
            if (!errors.isEmpty()) {
                throw new UnprocessableContentException(errors);
            }
            return List.of();
        }
        Set<Include> asked = new LinkedHashSet<>();
        List<String> values = parameters.getOrDefault(INCLUDE, List.of());
        if (values.size() > 1) {
            errors.add(new FieldError(INCLUDE, "must be given once"));
        } else if (values.size() == 1) {
            for (String name : values.get(0).split(",", -1)) {
                Optional<Include> include = Optional.ofNullable(includes.get(name.strip()));
                if (include.isEmpty() || !asked.add(include.get())) {
                    errors.add(new FieldError(INCLUDE, "must name each of " + String.join(", ", includes.keySet())
                            + " at most once"));
                    break;
                }
            }
        }
        List<IncludeRequest> requested = new ArrayList<>();
        for (Include include : includes.values()) {
            int limit = limit(include, parameters.getOrDefault(include.limitParameter(), List.of()), errors);
            if (asked.contains(include)) {
                requested.add(new IncludeRequest(include.name(), limit));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
        return requested;
    }

    private static int limit(Include include, List<String> values, List<FieldError> errors) {
        if (values.isEmpty()) {
            return include.defaultLimit();
        }
        try {
            int limit = values.size() == 1 ? Integer.parseInt(values.get(0).strip()) : -1;
            if (limit >= 1 && limit <= include.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(include.limitParameter(), "must be an integer between 1 and " + include.maxLimit()));
        return include.defaultLimit();
    }
}
