package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class ConditionalRequestTest extends ResourceTestSupport {

    private static final int WRITERS = 50;

    @Test
    void shouldAnswer412ForAStaleIfMatchOnEveryWriteAndChangeNothing() {
        HttpTestClient.Reply created = createNotebook(alice, "guarded");
        String id = created.field("id");
        String staleTag = created.header("ETag");
        http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"description\": \"moved on\"}").send();
        HttpTestClient.Reply current = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();

        HttpTestClient.Reply put = http.put("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag)
                .json("{\"title\": \"lost\", \"description\": null}").send();
        HttpTestClient.Reply patch = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag)
                .json("{\"title\": \"lost\"}").send();
        HttpTestClient.Reply delete = http.delete("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag).send();

        assertThat(List.of(put.status(), patch.status(), delete.status())).containsOnly(412);
        assertThat(put.header("Content-Type")).startsWith("application/problem+json");
        HttpTestClient.Reply after = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(after.body()).isEqualTo(current.body());
    }

    @Test
    void shouldWriteWhenIfMatchHoldsTheCurrentETag() {
        HttpTestClient.Reply created = createNotebook(alice, "fresh");
        String id = created.field("id");

        HttpTestClient.Reply patched = http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .header("If-Match", created.header("ETag")).json("{\"title\": \"fresher\"}").send();
        HttpTestClient.Reply deleted = http.delete("/notebooks/" + id).header(PRINCIPAL, alice)
                .header("If-Match", patched.header("ETag")).send();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(deleted.status()).isEqualTo(204);
    }

    @Test
    void shouldLetExactlyOneOfFiftyConcurrentWritesWithTheSameIfMatchSucceed() throws Exception {
        HttpTestClient.Reply created = createNotebook(alice, "raced");
        String id = created.field("id");
        String tag = created.header("ETag");

        List<Integer> statuses = concurrently(WRITERS, n -> write(id, n).header("If-Match", tag).send().status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 412).hasSize(WRITERS - 1);
        assertThat(http.get("/notebooks/" + id).header(PRINCIPAL, alice).send().header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void shouldApplyFiftyConcurrentUnconditionalWritesOneAfterAnother() throws Exception {
        String id = createNotebook(alice, "contended").field("id");

        List<Integer> statuses = concurrently(WRITERS, n -> write(id, n).send().status());

        assertThat(statuses).hasSize(WRITERS).containsOnly(200);
        HttpTestClient.Reply after = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(after.header("ETag")).isEqualTo("\"" + WRITERS + "\"");
        assertThat(after.field("description")).matches("writer \\d+");
    }

    @Test
    void shouldDeleteWhileUnconditionalWritesRaceIt() throws Exception {
        String id = createNotebook(alice, "doomed").field("id");

        List<Integer> statuses = concurrently(WRITERS, n -> n == WRITERS / 2
                ? http.delete("/notebooks/" + id).header(PRINCIPAL, alice).send().status()
                : write(id, n).send().status());

        assertThat(statuses.get(WRITERS / 2)).isEqualTo(204);
        assertThat(statuses).containsOnly(200, 204, 404);
        assertThat(http.get("/notebooks/" + id).header(PRINCIPAL, alice).send().status()).isEqualTo(404);
    }

    /** A PUT for even writers, a merge patch for odd ones, each with its own description. */
    private HttpTestClient.Call write(String id, int writer) {
        return writer % 2 == 0
                ? http.put("/notebooks/" + id).header(PRINCIPAL, alice)
                        .json("{\"title\": \"contended\", \"description\": \"writer " + writer + "\"}")
                : http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                        .json("{\"description\": \"writer " + writer + "\"}");
    }

    private List<Integer> concurrently(int writers, IntFunction<Integer> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                tasks.add(() -> write.apply(n));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(tasks)) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
