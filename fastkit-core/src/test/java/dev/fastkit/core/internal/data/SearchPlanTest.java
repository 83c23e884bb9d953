package dev.fastkit.core.internal.data;

import dev.fastkit.core.ownership.ResourceScope;
import dev.fastkit.core.query.ListQuery;
import dev.fastkit.core.testapp.NotebookService;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list that searches is planned with its values every time, never as a server-side prepared statement whose generic
 * plan PostgreSQL could switch to (benchmarks/README.md, finding 24); other lists keep pgjdbc's prepared statements.
 * Read in {@code pg_prepared_statements} of the one connection the unit of work holds.
 */
@MicronautTest(environments = "test", transactional = false)
class SearchPlanTest {

    /** More executions than pgjdbc's prepareThreshold (5), after which a statement is prepared on the server. */
    private static final int EXECUTIONS = 8;

    @Inject
    NotebookService notebooks;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @Test
    void shouldPlanEverySearchWithItsValuesAndPrepareOtherLists() {
        ResourceScope scope = new ResourceScope(UUID.randomUUID().toString(), null);
        ListQuery search = notebooks.parseListQuery(Map.of("q", List.of("hiking")), null);
        ListQuery sorted = notebooks.parseListQuery(Map.of("sort", List.of("title"), "title[contains]",
                List.of("hiking")), null);

        List<String> prepared = unitOfWork.read(() -> {
            for (int i = 0; i < EXECUTIONS; i++) {
                notebooks.list(scope, search);
                notebooks.list(scope, sorted);
            }
            return preparedOnThisConnection();
        });

        assertThat(prepared).noneMatch(sql -> sql.contains("websearch_to_tsquery"));
        assertThat(prepared).anyMatch(sql -> sql.contains("ILIKE") && sql.contains("ORDER BY"));
    }

    private List<String> preparedOnThisConnection() {
        return jdbc.prepareStatement("SELECT statement FROM pg_prepared_statements", statement -> {
            List<String> statements = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
            return statements;
        });
    }
}
