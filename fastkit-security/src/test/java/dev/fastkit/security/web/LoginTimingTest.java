package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one timing assertion the team allows: a login for an unknown user must not be told apart from a wrong password
 * by its answer time (both spend one Argon2id verification). Medians of several tries, within a factor of two.
 */
@MicronautTest(transactional = false)
class LoginTimingTest {

    private static final int TRIES = 9;

    @Inject
    Api api;

    @Test
    void shouldTakeAboutAsLongForAnUnknownUserAsForAWrongPassword() {
        String username = Api.uniqueUsername();
        api.signup(username, Api.PASSWORD);
        for (int i = 0; i < 3; i++) {
            api.login(username, "Warm-up-passw0rd!");
            api.login(Api.uniqueUsername(), "Warm-up-passw0rd!");
        }

        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownUser = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            wrongPassword.add(time(() -> api.login(username, "Wrong-passw0rd!").status()));
            unknownUser.add(time(() -> api.login(Api.uniqueUsername(), "Wrong-passw0rd!").status()));
        }

        double ratio = (double) median(unknownUser) / median(wrongPassword);
        assertThat(ratio).as("unknown user %s ns vs wrong password %s ns", median(unknownUser), median(wrongPassword))
                .isBetween(0.5, 2.0);
    }

    private static long time(Supplier<Integer> login) {
        long start = System.nanoTime();
        assertThat(login.get()).isEqualTo(401);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
