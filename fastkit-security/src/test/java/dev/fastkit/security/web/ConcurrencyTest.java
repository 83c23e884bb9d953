package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ConcurrencyTest {

    private static final int RACERS = 6;

    @Inject
    Api api;

    @Test
    void shouldCreateExactlyOneAccountWhenSignupsOfOneUsernameRace() throws Exception {
        String username = Api.uniqueUsername();

        List<Integer> statuses = race(i -> api.signup(i % 2 == 0 ? username : username.toUpperCase(), Api.PASSWORD).status());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
    }

    @Test
    void shouldIssueAtMostOneSuccessorWhenRefreshesOfOneCookieRace() throws Exception {
        Api.Session session = api.newSession();

        List<ApiResponse> responses = race(i -> api.refresh(session.refreshToken()));

        List<ApiResponse> successes = responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(successes).hasSizeLessThanOrEqualTo(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isIn(200, 401));
        for (ApiResponse success : successes) {
            // the losers presented a used token: the family, the winner's successor included, is revoked
            assertThat(api.refresh(success.refreshCookieValue()).status()).isEqualTo(401);
        }
    }

    private <T> List<T> race(Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return racer.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Racer<T> {
        T run(int index) throws Exception;
    }
}
