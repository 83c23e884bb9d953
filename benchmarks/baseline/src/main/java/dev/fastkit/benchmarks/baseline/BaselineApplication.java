package dev.fastkit.benchmarks.baseline;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the benchmark baseline: a hand-written Micronaut controller with plain JDBC for the chat routes that
 * FastKit's example server generates. It listens on port 8081 and exists only to be measured against.
 */
public final class BaselineApplication {

    private BaselineApplication() {
    }

    /**
     * Runs the server until the process is stopped.
     *
     * @param args Command-line arguments, passed to Micronaut as configuration.
     */
    public static void main(String[] args) {
        Micronaut.run(BaselineApplication.class, args);
    }
}
