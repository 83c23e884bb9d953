package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.query.Filterable;
import dev.fastkit.core.query.ListQueryConfiguration;
import dev.fastkit.core.query.Sortable;
import dev.fastkit.core.schema.SchemaBinder;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.fastkit.core.query.FilterOperator.EQ;
import static dev.fastkit.core.query.FilterOperator.IN;
import static dev.fastkit.core.query.FilterOperator.NULL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list parameters of a read schema that declares less than the test app's: no search (so no {@code q}), no
 * default order, integer and enum filters.
 */
@MicronautTest(environments = "test", transactional = false, startApplication = false)
class ListParametersTest {

    enum Colour { RED, GREEN }

    @Serdeable
    record TagRead(UUID id, @Sortable @Filterable String label, @Nullable @Filterable(NULL) Instant archivedAt,
                   @Filterable({EQ, IN}) Integer priority, @Filterable(IN) Colour colour) {
    }

    @Inject
    SchemaBinder binder;

    @Inject
    SerdeConfiguration serde;

    @Inject
    PaginationConfiguration pagination;

    @Inject
    ListQueryConfiguration lists;

    @Test
    void shouldLeaveOutWhatTheReadSchemaDoesNotDeclare() {
        List<Map<String, Object>> parameters = parameters();
        assertThat(parameters).extracting(p -> p.get("name")).containsExactly("skip", "limit", "sort", "label",
                "archived_at[null]", "priority", "priority[in]", "colour[in]", "fields", "cursor", "Prefer");
        Map<String, Object> sort = named(parameters, "sort");
        assertThat(sort.get("description").toString()).contains("Without `sort`: the resource's default order.")
                .doesNotContain("`q`");
        assertThat(schema(sort).get("items")).isEqualTo(Map.of("type", "string", "enum", List.of("label", "-label")));
    }

    @Test
    void shouldTypeIntegerAndEnumFiltersAndDescribeTheirInLists() {
        List<Map<String, Object>> parameters = parameters();
        assertThat(schema(named(parameters, "priority"))).isEqualTo(Map.of("type", "integer", "format", "int32"));
        assertThat(named(parameters, "priority[in]").get("description").toString()).contains("each an integer");
        assertThat(named(parameters, "colour[in]").get("description").toString())
                .contains("at most " + lists.getMaxInValues(), "each one of `RED`, `GREEN`");
        assertThat(schema(named(parameters, "archived_at[null]"))).isEqualTo(Map.of("type", "boolean"));
        assertThat(named(parameters, "Prefer").get("in")).isEqualTo("header");
    }

    private List<Map<String, Object>> parameters() {
        return new ListParameters(new SchemaBuilder(serde.getPropertyNamingStrategy()), binder, pagination, lists)
                .list(TagRead.class);
    }

    private static Map<String, Object> named(List<Map<String, Object>> parameters, String name) {
        return parameters.stream().filter(p -> p.get("name").equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> parameter) {
        return (Map<String, Object>) parameter.get("schema");
    }
}
