package dev.fastkit.core.internal.query;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.internal.query.ListDeclaration.Field;
import dev.fastkit.core.query.FilterOperator;
import dev.fastkit.core.query.ListQuery;
import dev.fastkit.core.query.ListQuery.Filter;
import dev.fastkit.core.query.ListQuery.SortKey;
import dev.fastkit.core.query.ListQueryConfiguration;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a list route's query string into a {@link ListQuery}, strictly: every parameter must be one the route knows
 * and appear once, every value must parse. All errors of one request are answered together, as one 422 whose
 * pointers are the parameter names (API.md, "Lists").
 */
@Internal
public final class ListQueryParser {

    /** The parameter names besides filters. */
    public static final String SKIP = "skip", LIMIT = "limit", SORT = "sort", SEARCH = "q", FIELDS = "fields",
            CURSOR = "cursor";

    private static final Pattern OPERATOR_FILTER = Pattern.compile("([^\\[\\]]+)\\[([^\\[\\]]*)]");
    private static final int MAX_SEARCH_LENGTH = 500;
    /** PostgreSQL text cannot hold U+0000: bound as a parameter, it fails the statement instead of matching nothing. */
    private static final char NUL = '\u0000';
    private static final String NO_NUL = "must not contain the character U+0000";

    private final ListDeclaration declaration;
    private final PaginationConfiguration pagination;
    private final ListQueryConfiguration configuration;

    /**
     * @param declaration   the resource's list declaration
     * @param pagination    the page sizes
     * @param configuration the list settings
     */
    public ListQueryParser(ListDeclaration declaration, PaginationConfiguration pagination,
                           ListQueryConfiguration configuration) {
        this.declaration = declaration;
        this.pagination = pagination;
        this.configuration = configuration;
    }

    /**
     * @param parameters the query parameters, each with all its values in order
     * @param prefer     the {@code Prefer} header (RFC 7240), or {@code null}
     * @return the list query
     * @throws UnprocessableContentException (422) naming every parameter in error
     */
    public ListQuery parse(Map<String, List<String>> parameters, @Nullable String prefer) {
        List<FieldError> errors = new ArrayList<>();
        Long skip = null;
        Integer limit = null;
        List<SortKey> sort = List.of();
        List<Filter> filters = new ArrayList<>();
        String search = null;
        List<String> fields = null;
        String cursor = null;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            if (values.size() != 1) {
                errors.add(new FieldError(name, "must be given once"));
                continue;
            }
            String value = values.get(0);
            switch (name) {
                case SKIP -> skip = number(name, value, 0, Integer.MAX_VALUE, errors);
                case LIMIT -> limit = Optional.ofNullable(number(name, value, 1, pagination.getMaxLimit(), errors))
                        .map(Long::intValue).orElse(null);
                case SORT -> sort = sort(value, errors);
                case SEARCH -> search = search(value, errors);
                case FIELDS -> fields = fields(value, errors);
                case CURSOR -> cursor = cursor(value, errors);
                default -> filter(name, value, errors).ifPresent(filters::add);
            }
        }
        if (cursor != null && skip != null) {
            errors.add(new FieldError(CURSOR, "cannot be combined with skip"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
        return new ListQuery(sort, filters, search, fields, cursor, skip == null ? 0 : skip,
                limit == null ? pagination.getDefaultLimit() : limit, !prefersNoCount(prefer));
    }

    /**
     * @param fields a {@code fields} value
     * @return the sparse fieldset it names
     * @throws UnprocessableContentException (422, pointer {@code fields}) if it names a field the read schema lacks
     */
    public List<String> parseFields(String fields) {
        List<FieldError> errors = new ArrayList<>();
        List<String> parsed = fields(fields, errors);
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
        return parsed;
    }

    /**
     * @param prefer a {@code Prefer} header, or {@code null}
     * @return whether it holds the preference {@code count=none}
     */
    public static boolean prefersNoCount(@Nullable String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].strip().replace(" ", "");
            if (token.equalsIgnoreCase("count=none") || token.equalsIgnoreCase("count=\"none\"")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Long number(String name, String value, long min, long max, List<FieldError> errors) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an integer between " + min + " and " + max));
        return null;
    }

    private List<SortKey> sort(String value, List<FieldError> errors) {
        List<SortKey> keys = ListDeclaration.parseSort(value);
        Set<String> seen = new HashSet<>();
        for (SortKey key : keys) {
            Optional<Field> field = declaration.field(key.field());
            if (field.isEmpty() || !field.get().sortable()) {
                errors.add(new FieldError(SORT, "cannot sort by '" + key.field() + "'; sortable: "
                        + names(declaration.sortable())));
                return List.of();
            }
            if (!seen.add(key.field())) {
                errors.add(new FieldError(SORT, "names " + key.field() + " twice"));
                return List.of();
            }
        }
        return keys;
    }

    private @Nullable String search(String value, List<FieldError> errors) {
        if (declaration.searchable().isEmpty()) {
            errors.add(new FieldError(SEARCH, "this list has no search"));
        } else if (value.isBlank() || value.length() > MAX_SEARCH_LENGTH) {
            errors.add(new FieldError(SEARCH, "must be 1 to " + MAX_SEARCH_LENGTH + " characters, not blank"));
        } else if (value.indexOf(NUL) >= 0) {
            errors.add(new FieldError(SEARCH, NO_NUL));
        } else {
            return value;
        }
        return null;
    }

    private @Nullable List<String> fields(String value, List<FieldError> errors) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",", -1)) {
            String field = name.strip();
            if (declaration.field(field).isEmpty()) {
                errors.add(new FieldError(FIELDS, "has no field '" + field + "'; fields: "
                        + names(List.copyOf(declaration.fields()))));
                return null;
            }
            names.add(field);
        }
        return List.copyOf(names);
    }

    private static @Nullable String cursor(String value, List<FieldError> errors) {
        if (value.isEmpty()) {
            errors.add(new FieldError(CURSOR, "is malformed"));
            return null;
        }
        return value;
    }

    private Optional<Filter> filter(String name, String value, List<FieldError> errors) {
        Matcher bracketed = OPERATOR_FILTER.matcher(name);
        String fieldName = bracketed.matches() ? bracketed.group(1) : name;
        Optional<Field> found = declaration.field(fieldName);
        if (found.isEmpty() || (!bracketed.matches() && !found.get().filterable())) {
            errors.add(new FieldError(name, found.isEmpty() ? "is not a parameter of this list"
                    : "is not a filter of this list; filters: " + names(declaration.filterable())));
            return Optional.empty();
        }
        Field field = found.get();
        Optional<FilterOperator> operator = bracketed.matches()
                ? FilterOperator.ofToken(bracketed.group(2)) : Optional.of(FilterOperator.EQ);
        if (operator.isEmpty() || !field.operators().contains(operator.get())) {
            errors.add(new FieldError(name, field.filterable()
                    ? "operator not allowed on " + field.name() + "; allowed: " + operators(field)
                    : field.name() + " is not a filter of this list; filters: " + names(declaration.filterable())));
            return Optional.empty();
        }
        return values(field, operator.get(), value, name, errors)
                .map(values -> new Filter(field.name(), operator.get(), values));
    }

    private Optional<List<Object>> values(Field field, FilterOperator operator, String value, String name,
                                          List<FieldError> errors) {
        if (value.indexOf(NUL) >= 0) {
            errors.add(new FieldError(name, NO_NUL));
            return Optional.empty();
        }
        switch (operator) {
            case NULL -> {
                Optional<Object> flag = FieldValues.parse(Boolean.class, value);
                flag.ifPresentOrElse(v -> { }, () -> errors.add(new FieldError(name, "must be true or false")));
                return flag.map(List::of);
            }
            case CONTAINS, STARTS_WITH -> {
                if (value.isEmpty()) {
                    errors.add(new FieldError(name, "must not be empty"));
                    return Optional.empty();
                }
                return Optional.of(List.of(value));
            }
            case IN -> {
                String[] items = value.split(",", -1);
                if (items.length > configuration.getMaxInValues()) {
                    errors.add(new FieldError(name, "takes at most " + configuration.getMaxInValues() + " values"));
                    return Optional.empty();
                }
                List<Object> parsed = new ArrayList<>(items.length);
                for (String item : items) {
                    Optional<Object> one = FieldValues.parse(field.type(), item);
                    if (one.isEmpty()) {
                        errors.add(new FieldError(name, "must be comma-separated values, each "
                                + FieldValues.describe(field.type())));
                        return Optional.empty();
                    }
                    parsed.add(one.get());
                }
                return Optional.of(parsed);
            }
            default -> {
                Optional<Object> one = FieldValues.parse(field.type(), value);
                if (one.isEmpty()) {
                    errors.add(new FieldError(name, "must be " + FieldValues.describe(field.type())));
                }
                return one.map(List::of);
            }
        }
    }

    private static String names(List<Field> fields) {
        return fields.isEmpty() ? "none" : String.join(", ", fields.stream().map(Field::name).toList());
    }

    private static String operators(Field field) {
        return String.join(", ", field.operators().stream().sorted().map(FilterOperator::token).toList());
    }
}
