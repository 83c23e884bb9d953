package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.internal.include.Includes;
import dev.fastkit.core.internal.query.ListDeclaration;
import dev.fastkit.core.internal.query.ListDeclaration.Field;
import dev.fastkit.core.internal.query.ListQueryParser;
import dev.fastkit.core.query.FilterOperator;
import dev.fastkit.core.query.ListQuery.SortKey;
import dev.fastkit.core.query.ListQueryConfiguration;
import dev.fastkit.core.schema.SchemaBinder;
import dev.fastkit.core.web.BaseController;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list parameters of API.md's "Lists", as a resource's read schema declares them ({@link ListDeclaration}):
 * {@code skip} and {@code limit} (PaginationConfiguration's bounds), {@code sort} (the sortable keys, each also with
 * {@code -}), one filter parameter per allowed operator ({@code title}, {@code title[ne]}, {@code created_at[gte]},
 * typed as the field; {@code [in]} as comma-separated text, {@code [null]} as a boolean), {@code q} when fields are
 * searchable, {@code fields}, {@code cursor} and the {@code Prefer} header; and the headers of a page.
 * {@code sort} and {@code fields} are arrays of their allowed names, sent comma-separated ({@code style: form},
 * {@code explode: false}), so that Swagger UI offers the names to pick and generated clients get enums.
 */
@Internal
final class ListParameters {

    /** The longest {@code q} the parser takes (ListQueryParser's bound). */
    static final int MAX_SEARCH_LENGTH = 500;

    private final SchemaBuilder schemas;
    private final SchemaBinder binder;
    private final PaginationConfiguration pagination;
    private final ListQueryConfiguration lists;
    private final Map<Class<?>, ListDeclaration> declarations = new HashMap<>();

    ListParameters(SchemaBuilder schemas, SchemaBinder binder, PaginationConfiguration pagination,
                   ListQueryConfiguration lists) {
        this.schemas = schemas;
        this.binder = binder;
        this.pagination = pagination;
        this.lists = lists;
    }

    /**
     * @param readType a list route's read schema
     * @return its parameters: {@code skip}, {@code limit}, {@code sort}, the filters, {@code q}, {@code fields},
     * {@code cursor} (in the query) and {@code Prefer} (a header)
     */
    List<Map<String, Object>> list(Class<?> readType) {
        ListDeclaration declaration = declaration(readType);
        List<Map<String, Object>> parameters = new ArrayList<>();
        parameters.add(skip());
        parameters.add(limit());
        if (!declaration.sortable().isEmpty()) {
            parameters.add(sort(declaration));
        }
        for (Field field : declaration.filterable()) {
            for (FilterOperator operator : FilterOperator.values()) {
                if (field.operators().contains(operator)) {
                    parameters.add(filter(field, operator));
                }
            }
        }
        if (!declaration.searchable().isEmpty()) {
            parameters.add(search(declaration));
        }
        parameters.add(fields(readType));
        parameters.add(cursor());
        parameters.add(prefer());
        return parameters;
    }

    /**
     * @param readType a read schema
     * @return the {@code fields} parameter: a sparse fieldset of the read schema's names
     */
    Map<String, Object> fields(Class<?> readType) {
        List<String> names = declaration(readType).fields().stream().map(Field::name).toList();
        Map<String, Object> schema = commaSeparated(names);
        return described(ListQueryParser.FIELDS, schema, "A sparse fieldset: the answer carries only these fields "
                + "(and the id), whatever the schema requires. An unknown name is a 422.");
    }

    /**
     * @param readType a read schema
     * @return the {@code include} parameter and each include's limit parameter, none when it declares no
     *         {@link dev.fastkit.core.include.Includable} field
     */
    List<Map<String, Object>> includes(Class<?> readType) {
        List<Includes.Include> declared = Includes.of(readType, binder).all();
        if (declared.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        parameters.add(described(Includes.INCLUDE, commaSeparated(declared.stream().map(Includes.Include::name)
                .toList()), "Embed related rows, each named at most once: " + declared.stream()
                .map(include -> "`" + include.name() + "` (" + (include.latest() ? "the latest" : "the first")
                        + " `" + include.limitParameter() + "`, oldest first)")
                .collect(Collectors.joining(", ")) + ". An unknown name is a 422."));
        for (Includes.Include include : declared) {
            Map<String, Object> schema = SchemaBuilder.typed("integer", "int32");
            schema.put("minimum", 1);
            schema.put("maximum", include.maxLimit());
            schema.put("default", include.defaultLimit());
            parameters.add(described(include.limitParameter(), schema, "How many `" + include.name()
                    + "` to embed with `include=" + include.name() + "`."));
        }
        return parameters;
    }

    /** @return the headers of a list's 200 answer */
    static Map<String, Object> pageHeaders() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(BaseController.TOTAL_COUNT_HEADER, header("How many rows match the filters and `q`, unpaged; "
                + "absent when the request sent `Prefer: count=none`.", SchemaBuilder.typed("integer", "int64")));
        headers.put(HttpHeaders.LINK, header("`<path?query>; rel=\"next\"` (RFC 8288) when more rows follow: the "
                + "next page, at a `cursor`; absent on the last page.", SchemaBuilder.typed("string", null)));
        Map<String, Object> applied = SchemaBuilder.typed("string", null);
        applied.put("enum", List.of("count=none"));
        headers.put(BaseController.PREFERENCE_APPLIED_HEADER, header("`count=none` (RFC 7240) when the request "
                + "preferred no count: then there is no `X-Total-Count`.", applied));
        return headers;
    }

    private ListDeclaration declaration(Class<?> readType) {
        return declarations.computeIfAbsent(readType, type -> ListDeclaration.of(type, binder));
    }

    private Map<String, Object> skip() {
        Map<String, Object> schema = schemas.schema(Argument.LONG);
        schema.put("minimum", 0);
        schema.put("maximum", Integer.MAX_VALUE);
        schema.put("default", 0);
        return described(ListQueryParser.SKIP, schema, "Rows to skip (an offset page); not with `cursor`.");
    }

    private Map<String, Object> limit() {
        Map<String, Object> schema = schemas.schema(Argument.INT);
        schema.put("minimum", 1);
        schema.put("maximum", pagination.getMaxLimit());
        schema.put("default", pagination.getDefaultLimit());
        return described(ListQueryParser.LIMIT, schema, "Rows to answer at most; out of range is a 422.");
    }

    private Map<String, Object> sort(ListDeclaration declaration) {
        List<String> keys = new ArrayList<>();
        for (Field field : declaration.sortable()) {
            keys.add(field.name());
            keys.add("-" + field.name());
        }
        String defaultOrder = declaration.defaultSort().isEmpty() ? "the resource's default order"
                : "`" + declaration.defaultSort().stream().map(SortKey::toString).collect(Collectors.joining(","))
                + "`";
        String withSearch = declaration.searchable().isEmpty() ? "" : " (with `q`: best match first)";
        return described(ListQueryParser.SORT, commaSeparated(keys), "Sort keys in priority order, comma-separated, "
                + "each field at most once; a leading `-` sorts descending, and the id breaks ties. Sortable: "
                + codes(declaration.sortable()) + ". Without `sort`: " + defaultOrder + withSearch + ".");
    }

    private Map<String, Object> filter(Field field, FilterOperator operator) {
        String name = operator == FilterOperator.EQ ? field.name() : field.name() + "[" + operator.token() + "]";
        String code = "`" + field.name() + "`";
        Map<String, Object> typed = schemas.schema(Argument.of(field.type()));
        boolean time = String.valueOf(typed.get("format")).startsWith("date");
        String only = "Only rows whose " + code + " is ";
        return switch (operator) {
            case EQ -> described(name, typed, only + "this value.");
            case NE -> described(name, typed, only + "not this value" + (field.nullable() ? " (or is null)." : "."));
            case LT -> described(name, typed, only + (time ? "before" : "less than") + " this value.");
            case LTE -> described(name, typed, only + (time ? "at or before" : "at most") + " this value.");
            case GT -> described(name, typed, only + (time ? "after" : "greater than") + " this value.");
            case GTE -> described(name, typed, only + (time ? "at or after" : "at least") + " this value.");
            case IN -> described(name, SchemaBuilder.typed("string", null), only + "one of these comma-separated "
                    + "values" + valueKind(typed) + " (at most " + lists.getMaxInValues() + ").");
            case CONTAINS -> described(name, text(), "Only rows whose " + code + " contains this text, "
                    + "case-insensitively (`%` and `_` match themselves).");
            case STARTS_WITH -> described(name, text(), "Only rows whose " + code + " starts with this text, "
                    + "case-insensitively (`%` and `_` match themselves).");
            case NULL -> described(name, SchemaBuilder.typed("boolean", null), "`true`: only rows whose " + code
                    + " is null; `false`: only rows where it is not.");
        };
    }

    private static Map<String, Object> search(ListDeclaration declaration) {
        Map<String, Object> schema = text();
        schema.put("maxLength", MAX_SEARCH_LENGTH);
        schema.put("pattern", "\\S");
        return described(ListQueryParser.SEARCH, schema, "Full-text search (PostgreSQL, `websearch_to_tsquery` "
                + "syntax: words, `\"quoted phrases\"`, `or`, `-excluded`) over " + codes(declaration.searchable())
                + "; only matching rows, best match first unless `sort` is given.");
    }

    private static Map<String, Object> cursor() {
        return described(ListQueryParser.CURSOR, text(), "An opaque position, taken from the `Link: rel=\"next\"` "
                + "header of the previous page: continues after its last row, in the same order. Malformed, minted "
                + "for another query, or sent with `skip`: a 422.");
    }

    private static Map<String, Object> prefer() {
        Map<String, Object> parameter = Parameters.parameter(BaseController.PREFER_HEADER, "header", false,
                SchemaBuilder.typed("string", null));
        parameter.put("description", "RFC 7240 preferences. `count=none`: no count is run and the answer has no "
                + "`X-Total-Count` (but `Preference-Applied: count=none`); other preferences are ignored.");
        return parameter;
    }

    /** @return an array of {@code names}, each at most once, sent as one comma-separated value */
    private static Map<String, Object> commaSeparated(List<String> names) {
        Map<String, Object> items = SchemaBuilder.typed("string", null);
        items.put("enum", names);
        Map<String, Object> schema = SchemaBuilder.typed("array", null);
        schema.put("items", items);
        schema.put("minItems", 1);
        schema.put("uniqueItems", true);
        return schema;
    }

    private static Map<String, Object> text() {
        Map<String, Object> schema = SchemaBuilder.typed("string", null);
        schema.put("minLength", 1);
        return schema;
    }

    /** @return a query parameter; arrays are sent comma-separated ({@code style: form}, {@code explode: false}) */
    private static Map<String, Object> described(String name, Map<String, Object> schema, String description) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.put("description", description);
        if ("array".equals(schema.get("type"))) {
            parameter.put("style", "form");
            parameter.put("explode", false);
        }
        parameter.put("schema", schema);
        return parameter;
    }

    private static Map<String, Object> header(String description, Map<String, Object> schema) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("description", description);
        header.put("schema", schema);
        return header;
    }

    /** @return how the values of a filter schema are written, for an {@code [in]} description */
    private static String valueKind(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values) {
            return ", each one of " + values.stream().map(value -> "`" + value + "`")
                    .collect(Collectors.joining(", "));
        }
        Object format = schema.get("format");
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> ", each an integer";
            case "number" -> ", each a number";
            case "boolean" -> ", each `true` or `false`";
            default -> "uuid".equals(format) ? ", each a UUID"
                    : "date-time".equals(format) ? ", each an RFC 3339 date-time"
                    : "date".equals(format) ? ", each a date such as `2026-11-01`"
                    : ", none holding a comma";
        };
    }

    private static String codes(List<Field> fields) {
        return fields.stream().map(field -> "`" + field.name() + "`").collect(Collectors.joining(", "));
    }
}
