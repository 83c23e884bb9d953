package dev.fastkit.core.web;

import dev.fastkit.core.testsupport.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
class ConditionalRequestTest extends ResourceTestSupport {

    @Test
    void shouldAnswer412ForAStaleIfMatchOnEveryWriteAndChangeNothing() {
        Http.Reply created = createNotebook(alice, "guarded");
        String id = created.field("id");
        String staleTag = created.header("ETag");
        http.patch("/notebooks/" + id).header(PRINCIPAL, alice).json("{\"description\": \"moved on\"}").send();
        Http.Reply current = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();

        Http.Reply put = http.put("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag)
                .json("{\"title\": \"lost\", \"description\": null}").send();
        Http.Reply patch = http.patch("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag)
                .json("{\"title\": \"lost\"}").send();
        Http.Reply delete = http.delete("/notebooks/" + id).header(PRINCIPAL, alice).header("If-Match", staleTag).send();

        assertThat(List.of(put.status(), patch.status(), delete.status())).containsOnly(412);
        assertThat(put.header("Content-Type")).startsWith("application/problem+json");
        Http.Reply after = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(after.body()).isEqualTo(current.body());
    }

    @Test
    void shouldWriteWhenIfMatchHoldsTheCurrentETag() {
        Http.Reply created = createNotebook(alice, "fresh");
        String id = created.field("id");

        Http.Reply patched = http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .header("If-Match", created.header("ETag")).json("{\"title\": \"fresher\"}").send();
        Http.Reply deleted = http.delete("/notebooks/" + id).header(PRINCIPAL, alice)
                .header("If-Match", patched.header("ETag")).send();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(deleted.status()).isEqualTo(204);
    }

    @Test
    void shouldLetExactlyOneOfConcurrentWritesWithTheSameIfMatchSucceed() throws Exception {
        Http.Reply created = createNotebook(alice, "raced");
        String id = created.field("id");
        String tag = created.header("ETag");

        List<Integer> statuses = concurrently(8, n -> http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .header("If-Match", tag).json("{\"description\": \"writer " + n + "\"}").send().status());

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void shouldLoseNoUpdateAndNeverAnswer500UnderConcurrentWrites() throws Exception {
        String id = createNotebook(alice, "contended").field("id");

        List<Integer> statuses = concurrently(8, n -> http.patch("/notebooks/" + id).header(PRINCIPAL, alice)
                .json("{\"description\": \"writer " + n + "\"}").send().status());

        assertThat(statuses).doesNotContain(500).isSubsetOf(200, 412);
        long applied = statuses.stream().filter(status -> status == 200).count();
        Http.Reply after = http.get("/notebooks/" + id).header(PRINCIPAL, alice).send();
        assertThat(after.header("ETag")).isEqualTo("\"" + applied + "\"");
    }

    private List<Integer> concurrently(int writers, java.util.function.IntFunction<Integer> write) throws Exception {
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
