package dev.fastkit.core.internal.query;

import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.internal.data.ListStatement;
import dev.fastkit.core.internal.data.ListStatement.Condition;
import dev.fastkit.core.internal.data.ListStatement.OrderKey;
import dev.fastkit.core.internal.query.ListDeclaration.Field;
import dev.fastkit.core.query.ListQuery;
import dev.fastkit.core.query.ListQuery.Filter;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a {@link ListQuery} of one resource into the {@link ListStatement} of its entity, and mints the cursor of the
 * page after: the sort keys' values of the page's last row and its id, signed for this query by {@link CursorCodec}.
 *
 * @param <E> The entity type
 */
@Internal
public final class ListPlanner<E> {

    /**
     * A planned list request.
     *
     * @param statement the statement, asking for one row more than the page to tell whether another page follows
     * @param keys      the order keys and then the id: entity property names, {@code null} for the search rank
     * @param context   what the cursor is bound to
     */
    public record ListPlan(ListStatement statement, List<@Nullable String> keys, String context) {
    }

    private final EntityModel<E> model;
    private final ListDeclaration declaration;
    private final CursorCodec cursors;

    /**
     * @param model       the entity
     * @param declaration the read schema's list declaration
     * @param cursors     signs and checks cursors
     */
    public ListPlanner(EntityModel<E> model, ListDeclaration declaration, CursorCodec cursors) {
        this.model = model;
        this.declaration = declaration;
        this.cursors = cursors;
    }

    /**
     * @param query        the list query
     * @param defaultOrder the resource's order without {@code sort} (entity property names)
     * @param owner        the caller's owner value, or {@code null}
     * @param parent       the parent id, or {@code null}
     * @return the plan
     * @throws UnprocessableContentException (422, pointer {@code cursor}) if the query's cursor does not belong to it
     */
    public ListPlan plan(ListQuery query, Sort defaultOrder, @Nullable Object owner, @Nullable Object parent) {
        boolean rankOrder = query.sort().isEmpty() && query.search() != null;
        List<OrderKey> order = new ArrayList<>();
        if (!rankOrder) {
            if (query.sort().isEmpty()) {
                for (Sort.Order key : defaultOrder.getOrderBy()) {
                    if (key.getProperty().equals(model.id().getName())) {
                        continue;
                    }
                    boolean nullable = declaration.fields().stream()
                            .filter(field -> field.property().equals(key.getProperty()))
                            .findFirst().map(Field::nullable).orElse(true);
                    order.add(new OrderKey(key.getProperty(), !key.isAscending(), nullable));
                }
            } else {
                for (ListQuery.SortKey key : query.sort()) {
                    Field field = field(key.field());
                    order.add(new OrderKey(field.property(), key.descending(), field.nullable()));
                }
            }
        }
        List<Condition> conditions = query.filters().stream()
                .map(filter -> new Condition(field(filter.field()).property(), filter.operator(), filter.values(),
                        field(filter.field()).nullable()))
                .toList();
        List<String> keys = new ArrayList<>();
        if (rankOrder) {
            keys.add(null);
        }
        order.forEach(key -> keys.add(key.property()));
        keys.add(model.id().getName());
        String context = context(order, rankOrder, query, owner, parent);
        List<Object> after = query.cursor() == null ? null : after(query.cursor(), context, keys);
        List<String> searched = declaration.searchable().stream().map(Field::property).toList();
        ListStatement statement = new ListStatement(order, rankOrder, conditions, query.search(), searched, after,
                after == null ? query.skip() : 0, query.limit() + 1);
        return new ListPlan(statement, keys, context);
    }

    /**
     * @param plan the plan of the page
     * @param last the page's last row
     * @param rank its search rank, when the page is ordered by rank
     * @return the cursor of the next page
     */
    public String nextCursor(ListPlan plan, E last, @Nullable Float rank) {
        List<String> values = new ArrayList<>(plan.keys().size());
        for (String key : plan.keys()) {
            Object value = key == null ? rank : model.property(key).get(last);
            values.add(value == null ? null : FieldValues.format(value));
        }
        return cursors.encode(values, plan.context());
    }

    private List<Object> after(String cursor, String context, List<String> keys) {
        List<String> values = cursors.decode(cursor, context, keys.size());
        List<Object> typed = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String value = values.get(i);
            Class<?> type = keys.get(i) == null ? Float.class : model.property(keys.get(i)).getType();
            typed.add(value == null ? null : FieldValues.parse(type, value).orElseThrow(() ->
                    UnprocessableContentException.of(ListQueryParser.CURSOR, "is malformed")));
        }
        return typed;
    }

    private String context(List<OrderKey> order, boolean rankOrder, ListQuery query, @Nullable Object owner,
                           @Nullable Object parent) {
        String sort = rankOrder ? "rank" : order.stream()
                .map(key -> (key.descending() ? "-" : "") + key.property()).collect(Collectors.joining(","));
        String filters = query.filters().stream().map(ListPlanner::describe).collect(Collectors.joining("&"));
        return String.join("\n", declaration.readType().getName(), part(owner), part(parent), sort, filters,
                part(query.search()));
    }

    /** A value that may be absent, written so that no value reads as another ({@code null} is not {@code "null"}). */
    private static String part(@Nullable Object value) {
        if (value == null) {
            return "-";
        }
        String text = String.valueOf(value);
        return text.length() + ":" + text;
    }

    private static String describe(Filter filter) {
        return filter.field() + "[" + filter.operator().token() + "]=" + filter.values().stream()
                .map(FieldValues::format).map(value -> value.length() + ":" + value).collect(Collectors.joining());
    }

    private Field field(String name) {
        return declaration.field(name).orElseThrow(() -> new IllegalArgumentException("No list field " + name));
    }
}
