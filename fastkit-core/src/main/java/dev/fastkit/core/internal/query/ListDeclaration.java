package dev.fastkit.core.internal.query;

import dev.fastkit.core.query.DefaultSort;
import dev.fastkit.core.query.FilterOperator;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.ListQuery.SortKey;
import dev.fastkit.core.query.Searchable;
import dev.fastkit.core.query.Sortable;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a resource's lists allow, read once from the annotations on its read schema: which fields sort, filter (with
 * which operators) and are searched, and the default order. Names are the read schema's JSON names.
 */
@Internal
public final class ListDeclaration {

    /**
     * One field of the read schema.
     *
     * @param name       its JSON name, as clients write it
     * @param property   its property name, which is also the entity's property name
     * @param type       its Java type
     * @param nullable   whether the read schema allows {@code null}
     * @param sortable   whether it is a {@code sort} key
     * @param operators  the filter operators it allows, empty when it is not filterable
     * @param searchable whether {@code q} searches it
     */
    public record Field(String name, String property, Class<?> type, boolean nullable, boolean sortable,
                        Set<FilterOperator> operators, boolean searchable) {

        /** @return whether any filter operator is allowed */
        public boolean filterable() {
            return !operators.isEmpty();
        }
    }

    private final Class<?> readType;
    private final Map<String, Field> fields;
    private final List<SortKey> defaultSort;

    private ListDeclaration(Class<?> readType, Map<String, Field> fields, List<SortKey> defaultSort) {
        this.readType = readType;
        this.fields = fields;
        this.defaultSort = defaultSort;
    }

    /**
     * @param readType a read schema
     * @param binder   for the JSON names
     * @return its declaration
     * @throws IllegalStateException if the declaration contradicts itself: a text operator or {@link Searchable} on a
     *                               field that is not text, {@link FilterOperator#NULL} on a field that is never null,
     *                               or a {@link DefaultSort} key that is not sortable
     */
    public static ListDeclaration of(Class<?> readType, SchemaBinder binder) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Map.Entry<String, BeanProperty<?, Object>> entry : binder.propertiesByJsonName(readType).entrySet()) {
            BeanProperty<?, Object> property = entry.getValue();
            Set<FilterOperator> operators = EnumSet.noneOf(FilterOperator.class);
            if (property.hasAnnotation(Filterable.class)) {
                FilterOperator[] declared = property.enumValues(Filterable.class, FilterOperator.class);
                operators.addAll(declared.length == 0 ? List.of(FilterOperator.EQ) : Arrays.asList(declared));
            }
            Field field = new Field(entry.getKey(), property.getName(), property.getType(), property.isNullable(),
                    property.hasAnnotation(Sortable.class), Set.copyOf(operators),
                    property.hasAnnotation(Searchable.class));
            check(readType, field);
            fields.put(field.name(), field);
        }
        List<SortKey> defaultSort = BeanIntrospector.SHARED.findIntrospection(readType)
                .flatMap(introspection -> introspection.stringValue(DefaultSort.class))
                .map(ListDeclaration::parseSort)
                .orElse(List.of());
        for (SortKey key : defaultSort) {
            Field field = fields.get(key.field());
            if (field == null || !field.sortable()) {
                throw new IllegalStateException("@DefaultSort of " + readType.getName() + " names " + key.field()
                        + ", which is not a @Sortable field");
            }
        }
        return new ListDeclaration(readType, fields, defaultSort);
    }

    private static void check(Class<?> readType, Field field) {
        boolean text = field.type() == String.class;
        String where = readType.getName() + "." + field.property();
        if (field.searchable() && !text) {
            throw new IllegalStateException("@Searchable " + where + " is not text");
        }
        if (!text && field.operators().stream().anyMatch(FilterOperator::isTextMatch)) {
            throw new IllegalStateException("@Filterable " + where + " allows a text operator but is not text");
        }
        if (!field.nullable() && field.operators().contains(FilterOperator.NULL)) {
            throw new IllegalStateException("@Filterable " + where + " allows null but is never null (not @Nullable)");
        }
        if ((field.sortable() || field.filterable()) && !FieldValues.supports(field.type())) {
            throw new IllegalStateException(where + " cannot sort or filter: type " + field.type().getName()
                    + " has no query syntax");
        }
    }

    /**
     * @param sort keys as written in {@code sort} or {@link DefaultSort}, comma-separated
     * @return the keys, unchecked
     */
    static List<SortKey> parseSort(String sort) {
        return Arrays.stream(sort.split(",", -1)).map(String::strip).map(SortKey::parse).toList();
    }

    /** @return the read schema */
    public Class<?> readType() {
        return readType;
    }

    /**
     * @param name a JSON name
     * @return the field of that name
     */
    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** @return every field of the read schema, in declaration order */
    public Collection<Field> fields() {
        return fields.values();
    }

    /** @return the fields {@code q} searches, in declaration order; empty when the resource has no search */
    public List<Field> searchable() {
        return fields.values().stream().filter(Field::searchable).toList();
    }

    /** @return the fields that sort, in declaration order */
    public List<Field> sortable() {
        return fields.values().stream().filter(Field::sortable).toList();
    }

    /** @return the fields that filter, in declaration order */
    public List<Field> filterable() {
        return fields.values().stream().filter(Field::filterable).toList();
    }

    /** @return the declared default order, empty when the read schema declares none */
    public List<SortKey> defaultSort() {
        return defaultSort;
    }
}
