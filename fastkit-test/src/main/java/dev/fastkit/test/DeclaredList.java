package dev.fastkit.test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a read schema declares for lists, read from its annotations ({@code dev.fastkit.core.query.Sortable},
 * {@code Filterable}, {@code Searchable}, {@code DefaultSort}) by name: this module is on fastkit-core's test path, so
 * it cannot depend on fastkit-core, and reads the annotations (retained at run time) reflectively instead.
 */
final class DeclaredList {

    /** Every filter operator of API.md's "Lists", as written between brackets. */
    static final List<String> OPERATORS =
            List.of("eq", "ne", "lt", "lte", "gt", "gte", "in", "contains", "starts_with", "null");

    private static final String QUERY_PACKAGE = "dev.fastkit.core.query.";

    /**
     * One field of the read schema.
     *
     * @param name       its JSON name
     * @param type       its Java type
     * @param nullable   whether it is marked {@code @Nullable}
     * @param sortable   whether it is {@code @Sortable}
     * @param operators  the operators of its {@code @Filterable}, empty when it is not filterable
     * @param searchable whether it is {@code @Searchable}
     */
    record ListField(String name, Class<?> type, boolean nullable, boolean sortable, Set<String> operators,
                     boolean searchable) {

        boolean filterable() {
            return !operators.isEmpty();
        }
    }

    private final List<ListField> fields;
    private final Optional<String> defaultSort;

    private DeclaredList(List<ListField> fields, Optional<String> defaultSort) {
        this.fields = fields;
        this.defaultSort = defaultSort;
    }

    /**
     * @param readSchema a read schema: a record, or a class whose instance fields are its properties
     * @param jsonName   turns a property name into its JSON name
     * @return its declaration
     */
    static DeclaredList of(Class<?> readSchema, UnaryOperator<String> jsonName) {
        List<ListField> fields = new ArrayList<>();
        if (readSchema.isRecord()) {
            for (RecordComponent component : readSchema.getRecordComponents()) {
                fields.add(field(jsonName.apply(component.getName()), component.getType(), elements(readSchema,
                        component)));
            }
        } else {
            for (Field field : readSchema.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field(jsonName.apply(field.getName()), field.getType(), List.of(field)));
                }
            }
        }
        Optional<String> defaultSort = annotation(List.of(readSchema), "DefaultSort").map(a -> (String) value(a));
        return new DeclaredList(List.copyOf(fields), defaultSort);
    }

    /** @return every field, in declaration order */
    List<ListField> fields() {
        return fields;
    }

    /** @return the {@code @DefaultSort} value, if the read schema has one */
    Optional<String> defaultSort() {
        return defaultSort;
    }

    List<ListField> sortable() {
        return fields.stream().filter(ListField::sortable).toList();
    }

    List<ListField> filterable() {
        return fields.stream().filter(ListField::filterable).toList();
    }

    List<ListField> searchable() {
        return fields.stream().filter(ListField::searchable).toList();
    }

    /**
     * @param property a Java property name, such as {@code createdAt}
     * @return its snake_case JSON name, such as {@code created_at}
     */
    static String snakeCase(String property) {
        StringBuilder name = new StringBuilder(property.length() + 4);
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /**
     * @param readSchema a read schema
     * @param property   a property name
     * @return the {@code @JsonProperty} name given to it, if any
     */
    static Optional<String> explicitJsonName(Class<?> readSchema, String property) {
        List<AnnotatedElement> elements = new ArrayList<>();
        if (readSchema.isRecord()) {
            Arrays.stream(readSchema.getRecordComponents()).filter(component -> component.getName().equals(property))
                    .forEach(component -> elements.addAll(elements(readSchema, component)));
        } else {
            Arrays.stream(readSchema.getDeclaredFields()).filter(field -> field.getName().equals(property))
                    .forEach(elements::add);
        }
        return elements.stream().flatMap(element -> Arrays.stream(element.getAnnotations()))
                .filter(a -> a.annotationType().getSimpleName().equals("JsonProperty"))
                .map(a -> String.valueOf(value(a))).filter(name -> !name.isEmpty()).findFirst();
    }

    private static ListField field(String name, Class<?> type, List<? extends AnnotatedElement> elements) {
        Set<String> operators = new LinkedHashSet<>();
        annotation(elements, "Filterable").ifPresent(filterable -> {
            Object[] declared = (Object[]) value(filterable);
            if (declared.length == 0) {
                operators.add("eq");
            }
            for (Object operator : declared) {
                operators.add(((Enum<?>) operator).name().toLowerCase(Locale.ROOT));
            }
        });
        boolean nullable = elements.stream().anyMatch(element -> hasNullable(element.getAnnotations()))
                || elements.stream().filter(RecordComponent.class::isInstance).map(RecordComponent.class::cast)
                .anyMatch(component -> hasNullable(component.getAnnotatedType().getAnnotations()));
        return new ListField(name, type, nullable, annotation(elements, "Sortable").isPresent(),
                Set.copyOf(operators), annotation(elements, "Searchable").isPresent());
    }

    /** A record component's annotations land on the component, its field or its accessor, by their targets. */
    private static List<AnnotatedElement> elements(Class<?> record, RecordComponent component) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(component, component.getAccessor()));
        try {
            elements.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // every record component has its field; nothing more to read otherwise
        }
        return elements;
    }

    private static boolean hasNullable(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }

    private static Optional<Annotation> annotation(List<? extends AnnotatedElement> elements, String simpleName) {
        return elements.stream().flatMap(element -> Arrays.stream(element.getAnnotations()))
                .filter(a -> a.annotationType().getName().equals(QUERY_PACKAGE + simpleName))
                .findFirst();
    }

    private static Object value(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + annotation, e);
        }
    }
}
