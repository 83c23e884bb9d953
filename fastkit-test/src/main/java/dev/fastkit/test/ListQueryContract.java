package dev.fastkit.test;

import dev.fastkit.test.DeclaredList.ListField;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.fastkit.test.ListPages.cursorOf;
import static dev.fastkit.test.ListPages.ids;
import static dev.fastkit.test.ListPages.items;
import static dev.fastkit.test.ListPages.keys;
import static dev.fastkit.test.ListPages.nextLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The list contract of one resource, checked against what its read schema declares ({@code @Sortable},
 * {@code @Filterable}, {@code @Searchable}, {@code @DefaultSort}), as tests a resource's test class inherits: each
 * sortable field sorts both ways; each declared operator of each filterable field is accepted and selects exactly the
 * rows it should, and every other operator (and every field not declared filterable) answers 422 with the parameter
 * as pointer; unknown and repeated parameters answer 422; {@code q} finds a row by a word of its searchable text;
 * following {@code Link: rel="next"} visits every row once, in order; a cursor of another query or principal, a
 * changed one and one with {@code skip} answer 422; {@code fields} keeps only the asked fields and the id, on lists and
 * on one resource; {@code Prefer: count=none} drops {@code X-Total-Count}.
 *
 * <p>The subclass supplies the server, how to authenticate, the collection and a create body per row. The contract
 * creates {@link #rowCount()} rows once per test class, as one new principal, in a mixed order (not by index), and
 * compares every answer with those rows as the collection lists them.
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)
 * class ChatListContractTest extends ListQueryContract {
 *     @Inject EmbeddedServer server;
 *     @Inject JsonMapper json;
 *     protected HttpTestClient client() { return new HttpTestClient(server.getURI(), json); }
 *     protected Map<String, String> newPrincipal() { return TestPrincipal.signUp(client()).authorization(); }
 *     protected String collectionPath(Map<String, String> principal) { return "/chats"; }
 *     protected Class<?> readSchema() { return ChatRead.class; }
 *     protected String createBody(int index) { return "{\"title\": \"Chat " + WORDS[index] + "\"}"; }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ListQueryContract {

    private static final int PAGE = 2;

    private HttpTestClient http;
    private Map<String, String> owner;
    private String path;
    private DeclaredList declared;
    private List<JsonNode> rows;
    private List<String> locations;

    /** @return a client for the server under test */
    protected abstract HttpTestClient client();

    /** @return the request headers that authenticate a new, distinct principal */
    protected abstract Map<String, String> newPrincipal();

    /**
     * @param principal the headers of the principal who will call it (for a nested resource, create the parent here:
     *                  each principal gets a collection of its own, empty until the contract fills it)
     * @return the collection's path, such as {@code /chats}
     */
    protected abstract String collectionPath(Map<String, String> principal);

    /** @return the resource's read schema, whose annotations declare its lists */
    protected abstract Class<?> readSchema();

    /**
     * A create body per row. Rows should differ in every sortable and filterable field, and their values should grow
     * with {@code index} in one shape (such as {@code "Chat alpha"}, {@code "Chat bravo"}: text compared by a
     * database collation sorts alike in every collation then); a nullable field should be {@code null} in some rows
     * and set in others; each row's searchable text should hold a word of four or more letters that no other row's
     * holds (and that is no stop word).
     *
     * @param index the row, 0 to {@link #rowCount()} - 1
     * @return a valid create body
     */
    protected abstract String createBody(int index);

    /** @return how many rows the contract creates; at least 4, default 5 */
    protected int rowCount() {
        return 5;
    }

    /** @return the id's JSON name, default {@code id} */
    protected String idField() {
        return "id";
    }

    /**
     * @param property a property of the read schema
     * @return its JSON name: its {@code @JsonProperty} name, else snake_case (FastKit's default naming)
     */
    protected String jsonName(String property) {
        return DeclaredList.explicitJsonName(readSchema(), property).orElseGet(() -> DeclaredList.snakeCase(property));
    }

    @BeforeEach
    void setUpListContract() {
        if (rows != null) {
            return;
        }
        http = client();
        owner = newPrincipal();
        path = collectionPath(owner);
        declared = DeclaredList.of(readSchema(), this::jsonName);
        List<String> created = new ArrayList<>();
        for (int index : creationOrder(rowCount())) {
            HttpTestClient.Reply reply = send(http.post(path).json(createBody(index)), owner);
            assertThat(reply.status()).as("POST %s %s: %s", path, createBody(index), reply).isEqualTo(201);
            created.add(reply.header("Location"));
        }
        locations = created;
        rows = items(ok(list(owner, path, "limit", "100")));
        assertThat(rows).as("GET %s lists the %d rows just created, and only those", path, rowCount())
                .hasSize(rowCount());
    }

    @Test
    void shouldSortByEachSortableFieldBothWays() {
        assumeFalse(declared.sortable().isEmpty(), "the read schema declares no @Sortable field");
        for (ListField field : declared.sortable()) {
            assertThat(values(rows, field).stream().distinct().count())
                    .as("rows should differ in %s (createBody)", field.name()).isGreaterThan(1);
            List<JsonNode> ascending = items(ok(list(owner, path, "sort", field.name(), "limit", "100")));
            List<JsonNode> descending = items(ok(list(owner, path, "sort", "-" + field.name(), "limit", "100")));

            assertThat(ids(ascending, idField())).as("sort=%s lists every row", field.name())
                    .containsExactlyInAnyOrderElementsOf(ids(rows, idField()));
            assertThat(values(ascending, field)).as("sort=%s: ascending, nulls last", field.name())
                    .isSortedAccordingTo(ListValues.SORT_ORDER);
            List<String> reversed = new ArrayList<>(ids(ascending, idField()));
            Collections.reverse(reversed);
            assertThat(ids(descending, idField()))
                    .as("sort=-%s is sort=%s backwards (the id breaks ties in the last key's direction)",
                            field.name(), field.name())
                    .containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void shouldListInTheDeclaredDefaultOrderWithoutSort() {
        assumeTrue(declared.defaultSort().isPresent(), "the read schema declares no @DefaultSort");
        String sort = declared.defaultSort().get();
        List<JsonNode> sorted = items(ok(list(owner, path, "sort", sort, "limit", "100")));

        assertThat(ids(rows, idField())).as("no sort lists as sort=%s", sort)
                .containsExactlyElementsOf(ids(sorted, idField()));
        String first = sort.split(",")[0].strip();
        ListField key = field(first.startsWith("-") ? first.substring(1) : first);
        Comparator<Comparable<Object>> order = first.startsWith("-")
                ? ListValues.SORT_ORDER.reversed() : ListValues.SORT_ORDER;
        assertThat(values(rows, key)).as("no sort lists by %s", first).isSortedAccordingTo(order);
    }

    @Test
    void shouldSelectExactlyTheMatchingRowsWithEachDeclaredOperator() {
        assumeFalse(declared.filterable().isEmpty(), "the read schema declares no @Filterable field");
        for (ListField field : declared.filterable()) {
            for (String operator : field.operators()) {
                for (String value : operands(field, operator)) {
                    String parameter = parameter(field, operator);
                    List<String> expected = rows.stream().filter(row -> matches(row, field, operator, value))
                            .map(row -> row.get(idField()).coerceStringValue()).toList();

                    HttpTestClient.Reply reply = list(owner, path, parameter, value, "limit", "100");

                    assertThat(reply.status()).as("%s=%s: %s", parameter, value, reply).isEqualTo(200);
                    assertThat(ids(items(reply), idField())).as("%s=%s selects", parameter, value)
                            .containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(reply.header("X-Total-Count")).as("%s=%s counts", parameter, value)
                            .isEqualTo(String.valueOf(expected.size()));
                }
            }
        }
    }

    @Test
    void shouldRefuseEveryUndeclaredOperatorAndFieldWith422() {
        for (ListField field : declared.fields()) {
            String sample = sample(field);
            for (String operator : DeclaredList.OPERATORS) {
                if (!field.operators().contains(operator)) {
                    String parameter = parameter(field, operator);
                    assertProblem(list(owner, path, parameter, operator.equals("null") ? "true" : sample), parameter);
                }
            }
        }
    }

    @Test
    void shouldRefuseSortingByAFieldNotDeclaredSortableWith422() {
        for (ListField field : declared.fields()) {
            if (!field.sortable()) {
                assertProblem(list(owner, path, "sort", field.name()), "sort");
                assertProblem(list(owner, path, "sort", "-" + field.name()), "sort");
            }
        }
        assertProblem(list(owner, path, "sort", "no_such_field"), "sort");
    }

    @Test
    void shouldRefuseUnknownAndRepeatedParametersWith422() {
        assertProblem(list(owner, path, "no_such_parameter", "1"), "no_such_parameter");
        assertProblem(list(owner, path, "limit", "1", "limit", "2"), "limit");
        assertProblem(list(owner, path, "skip", "0", "skip", "1"), "skip");
        for (ListField field : declared.sortable()) {
            assertProblem(list(owner, path, "sort", field.name(), "sort", field.name()), "sort");
        }
        for (ListField field : declared.filterable()) {
            String operator = field.operators().stream().filter(op -> !op.equals("null")).findFirst().orElse("null");
            String value = operator.equals("null") ? "true" : sample(field);
            String parameter = parameter(field, operator);
            assertProblem(list(owner, path, parameter, value, parameter, value), parameter);
        }
    }

    @Test
    void shouldFindARowByAWordOfItsSearchableTextOrRefuseQWithoutSearch() {
        if (declared.searchable().isEmpty()) {
            assertProblem(list(owner, path, "q", "anything"), "q");
            return;
        }
        Map.Entry<String, List<String>> unique = wordsOfSearchableText().entrySet().stream()
                .filter(entry -> entry.getValue().size() == 1)
                .max(Comparator.comparingInt(entry -> entry.getKey().length())).orElse(null);
        assertThat(unique).as("some row's searchable text should hold a word no other row holds (createBody)")
                .isNotNull();

        HttpTestClient.Reply found = ok(list(owner, path, "q", unique.getKey(), "limit", "100"));

        assertThat(ids(items(found), idField())).as("q=%s", unique.getKey())
                .containsExactlyElementsOf(unique.getValue());
        assertThat(found.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldVisitEveryRowOnceInOrderFollowingNextLinks() {
        List<List<String>> orders = new ArrayList<>();
        orders.add(List.of());
        for (ListField field : declared.sortable()) {
            orders.add(List.of("sort", field.name()));
            orders.add(List.of("sort", "-" + field.name()));
        }
        for (List<String> order : orders) {
            List<String> expected = ids(items(ok(list(owner, path, with(order, "limit", "100")))), idField());

            List<String> visited = walk(owner, ListPages.query(path, with(order, "limit", String.valueOf(PAGE))));

            assertThat(visited).as("pages of %d following Link rel=next, %s", PAGE, order)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldRefuseACursorChangedOrOfAnotherQueryOrPrincipalWith422() {
        String cursor = cursorOf(requireNext(list(owner, path, "limit", String.valueOf(PAGE))));

        assertProblem(list(owner, path, "limit", "2", "cursor", changed(cursor)), "cursor");
        assertProblem(list(owner, path, "limit", "2", "cursor", "not-a-cursor"), "cursor");
        assertProblem(list(owner, path, "skip", "0", "cursor", cursor), "cursor");
        Map<String, String> stranger = newPrincipal();
        assertProblem(list(stranger, collectionPath(stranger), "limit", "2", "cursor", cursor), "cursor");
        for (ListField field : declared.sortable()) {
            String sorted = cursorOf(requireNext(list(owner, path, "sort", field.name(), "limit", "2")));
            assertProblem(list(owner, path, "sort", "-" + field.name(), "limit", "2", "cursor", sorted), "cursor");
        }
        for (ListField field : declared.filterable()) {
            String operator = field.operators().stream().filter(op -> !op.equals("null")).findFirst().orElse("null");
            String value = operator.equals("null") ? "false" : sample(field);
            assertProblem(list(owner, path, parameter(field, operator), value, "limit", "2", "cursor", cursor),
                    "cursor");
        }
        String common = wordsOfSearchableText().entrySet().stream().filter(entry -> entry.getValue().size() > PAGE)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (common != null) {
            String searched = cursorOf(requireNext(list(owner, path, "q", common, "limit", "2")));
            assertProblem(list(owner, path, "limit", "2", "cursor", searched), "cursor");
            assertProblem(list(owner, path, "q", common + " " + common, "limit", "2", "cursor", searched), "cursor");
        }
        assertThat(ok(list(owner, path, "limit", "2", "cursor", cursor)).status())
                .as("the cursor as minted still works").isEqualTo(200);
    }

    @Test
    void shouldKeepOnlyTheAskedFieldsAndTheIdOnListsAndOnOne() {
        HttpTestClient.Reply full = ok(send(http.get(locations.get(0)), owner));
        for (ListField field : declared.fields()) {
            if (field.name().equals(idField())) {
                continue;
            }
            List<JsonNode> sparse = items(ok(list(owner, path, "fields", field.name(), "limit", "100")));
            assertThat(ids(sparse, idField())).containsExactlyElementsOf(ids(rows, idField()));
            for (int i = 0; i < sparse.size(); i++) {
                assertThat(keys(sparse.get(i))).as("fields=%s keeps", field.name())
                        .containsExactlyInAnyOrderElementsOf(kept(rows.get(i), field.name()));
            }
            HttpTestClient.Reply one = ok(send(http.get(ListPages.query(locations.get(0), "fields", field.name())),
                    owner));
            assertThat(keys(one.json())).as("GET one with fields=%s keeps", field.name())
                    .containsExactlyInAnyOrderElementsOf(kept(full.json(), field.name()));
        }
        assertProblem(list(owner, path, "fields", "no_such_field"), "fields");
        assertProblem(send(http.get(ListPages.query(locations.get(0), "fields", "no_such_field")), owner), "fields");
    }

    @Test
    void shouldCountTheMatchingRowsUnlessPreferCountNone() {
        HttpTestClient.Reply counted = ok(list(owner, path, "limit", "1"));
        HttpTestClient.Reply uncounted = ok(send(http.get(ListPages.query(path, "limit", "1"))
                .header("Prefer", "count=none"), owner));

        assertThat(counted.header("X-Total-Count")).isEqualTo(String.valueOf(rowCount()));
        assertThat(uncounted.header("X-Total-Count")).as("X-Total-Count with Prefer: count=none").isNull();
        assertThat(uncounted.header("Preference-Applied")).isEqualTo("count=none");
        assertThat(ids(items(uncounted), idField())).containsExactlyElementsOf(ids(items(counted), idField()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The words (four or more letters, lower case) of the rows' searchable text, each with the rows holding it. */
    private Map<String, List<String>> wordsOfSearchableText() {
        Map<String, List<String>> rowsByWord = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String text = declared.searchable().stream().map(field -> row.get(field.name()))
                    .filter(node -> node != null && !node.isNull()).map(JsonNode::coerceStringValue)
                    .collect(Collectors.joining(" "));
            Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(word -> word.length() >= 4)
                    .distinct().forEach(word -> rowsByWord.computeIfAbsent(word, w -> new ArrayList<>())
                            .add(row.get(idField()).coerceStringValue()));
        }
        return rowsByWord;
    }

    /** A mixed order, so that values growing with the index do not also grow with the creation time. */
    private static List<Integer> creationOrder(int count) {
        return IntStream.range(0, count).boxed()
                .sorted(Comparator.comparingLong(i -> Integer.toUnsignedLong(Integer.reverse(i)))).toList();
    }

    private List<String> walk(Map<String, String> principal, String first) {
        List<String> visited = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages walked from %s", first).isLessThanOrEqualTo(rowCount());
            HttpTestClient.Reply page = ok(send(http.get(next), principal));
            List<String> ids = ids(items(page), idField());
            next = nextLink(page);
            assertThat(ids.size()).as("page %s", page).isEqualTo(next == null ? ids.size() : PAGE);
            visited.addAll(ids);
        }
        return visited;
    }

    private String requireNext(HttpTestClient.Reply reply) {
        String next = nextLink(ok(reply));
        assertThat(next).as("a first page of %d of %d rows carries Link rel=next", PAGE, rowCount()).isNotNull();
        return next;
    }

    /** The cursor with its first character replaced: any change to a signed cursor must be refused. */
    private static String changed(String cursor) {
        return (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
    }

    private List<String> kept(JsonNode full, String field) {
        return keys(full).stream().filter(key -> key.equals(idField()) || key.equals(field)).toList();
    }

    private static String parameter(ListField field, String operator) {
        return operator.equals("eq") ? field.name() : field.name() + "[" + operator + "]";
    }

    /** Values to filter with: taken from the rows, so that each selects some of them. */
    private List<String> operands(ListField field, String operator) {
        if (operator.equals("null")) {
            return List.of("true", "false");
        }
        List<String> present = rows.stream().map(row -> row.get(field.name()))
                .filter(node -> node != null && !node.isNull())
                .sorted(Comparator.comparing(node -> ListValues.of(node, field.type()), ListValues.SORT_ORDER))
                .map(JsonNode::coerceStringValue).toList();
        assertThat(present).as("some row should have a value of %s (createBody)", field.name()).isNotEmpty();
        String middle = present.get(present.size() / 2);
        return switch (operator) {
            case "in" -> List.of(Stream.of(present.get(0), present.get(present.size() - 1)).distinct()
                    .collect(Collectors.joining(",")));
            case "contains" -> List.of(swapCase(middle.length() >= 3 ? middle.substring(1, middle.length() - 1)
                    : middle));
            case "starts_with" -> List.of(swapCase(middle.substring(0, Math.max(1, middle.length() - 1))));
            default -> List.of(middle);
        };
    }

    private boolean matches(JsonNode row, ListField field, String operator, String operand) {
        Comparable<Object> value = ListValues.of(row.get(field.name()), field.type());
        String lower = operand.toLowerCase(Locale.ROOT);
        return switch (operator) {
            case "eq" -> ListValues.same(value, ListValues.parse(operand, field.type()));
            case "ne" -> !ListValues.same(value, ListValues.parse(operand, field.type()));
            case "lt" -> value != null && value.compareTo(ListValues.parse(operand, field.type())) < 0;
            case "lte" -> value != null && value.compareTo(ListValues.parse(operand, field.type())) <= 0;
            case "gt" -> value != null && value.compareTo(ListValues.parse(operand, field.type())) > 0;
            case "gte" -> value != null && value.compareTo(ListValues.parse(operand, field.type())) >= 0;
            case "in" -> Arrays.stream(operand.split(",", -1))
                    .anyMatch(item -> ListValues.same(value, ListValues.parse(item, field.type())));
            case "contains" -> value != null && ListValues.text(value).toLowerCase(Locale.ROOT).contains(lower);
            case "starts_with" -> value != null && ListValues.text(value).toLowerCase(Locale.ROOT).startsWith(lower);
            case "null" -> (value == null) == Boolean.parseBoolean(operand);
            default -> throw new IllegalArgumentException("No operator " + operator);
        };
    }

    private String sample(ListField field) {
        return rows.stream().map(row -> row.get(field.name())).filter(node -> node != null && !node.isNull())
                .filter(node -> !node.isArray() && !node.isObject()).map(JsonNode::coerceStringValue)
                .findFirst().orElse("x");
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }

    private List<Comparable<Object>> values(List<JsonNode> items, ListField field) {
        return items.stream().map(item -> ListValues.of(item.get(field.name()), field.type()))
                .collect(Collectors.toList());
    }

    private ListField field(String name) {
        return declared.fields().stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("@DefaultSort names " + name + ", not a field of "
                        + readSchema().getName()));
    }

    private static String[] with(List<String> order, String... more) {
        return Stream.concat(order.stream(), Arrays.stream(more)).toArray(String[]::new);
    }

    private HttpTestClient.Reply list(Map<String, String> principal, String collection, String... parameters) {
        return send(http.get(ListPages.query(collection, parameters)), principal);
    }

    private static HttpTestClient.Reply send(HttpTestClient.Call call, Map<String, String> principal) {
        principal.forEach(call::header);
        return call.send();
    }

    private static HttpTestClient.Reply ok(HttpTestClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static void assertProblem(HttpTestClient.Reply reply, String pointer) {
        assertThat(reply.status()).as("expected 422 for %s: %s", pointer, reply).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorPointers()).as("pointers of %s", reply).containsExactly(pointer);
    }
}
