package dev.fastkit.test;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread, instance or process makes true, such as a cache invalidated by another
 * instance, checking every 20 ms (Awaitility) instead of sleeping a fixed time:
 * <pre>{@code
 * assertThat(Eventually.millisUntil(Duration.ofSeconds(1), () -> status(onB) == 401)).isNotNegative();
 * }</pre>
 */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private Eventually() {
    }

    /**
     * @param within    the longest wait
     * @param condition checked at once and then every 20 ms
     * @return the milliseconds until {@code condition} held, or {@code -1} if it did not within {@code within}
     */
    public static long millisUntil(Duration within, BooleanSupplier condition) {
        long start = System.nanoTime();
        try {
            Awaitility.await().atMost(within).pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL)
                    .until(condition::getAsBoolean);
            return (System.nanoTime() - start) / 1_000_000;
        } catch (ConditionTimeoutException e) {
            return -1;
        }
    }
}
