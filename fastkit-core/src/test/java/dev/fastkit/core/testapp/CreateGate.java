package dev.fastkit.core.testapp;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: holds the create of a notebook titled {@value #HELD_TITLE} inside its transaction (in
 * {@link NotebookService#beforeCreate}) until the test opens the gate, so a test can send requests while one is in flight.
 */
@Singleton
public class CreateGate {

    /** The title whose create waits at the gate. */
    public static final String HELD_TITLE = "held at the gate";

    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch opened = new CountDownLatch(1);

    /** Closes the gate for the next held create. */
    public void close() {
        arrived = new CountDownLatch(1);
        opened = new CountDownLatch(1);
    }

    /**
     * @param timeout how long to wait
     * @return whether a held create reached the gate in time
     * @throws InterruptedException if the test is interrupted
     */
    public boolean awaitArrival(Duration timeout) throws InterruptedException {
        return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held create go on. */
    public void open() {
        opened.countDown();
    }

    void pass() {
        arrived.countDown();
        try {
            if (!opened.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
