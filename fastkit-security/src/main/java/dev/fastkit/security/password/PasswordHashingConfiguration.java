package dev.fastkit.security.password;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Argon2id parameters and the hashing executor, {@code fastkit.security.password.hashing.*}. The defaults are the
 * OWASP Password Storage Cheat Sheet minimum (m = 19456 KiB, t = 2, p = 1); lower values are refused at start-up.
 * Raising them later is safe: stored hashes keep their own parameters, still verify, and are rehashed on the next
 * successful login.
 */
@ConfigurationProperties("fastkit.security.password.hashing")
public class PasswordHashingConfiguration {

    /** The OWASP minimum memory cost, in KiB. */
    public static final int MINIMUM_MEMORY_KIB = 19456;
    /** The OWASP minimum number of passes. */
    public static final int MINIMUM_ITERATIONS = 2;

    private int memoryKib = MINIMUM_MEMORY_KIB;
    private int iterations = MINIMUM_ITERATIONS;
    private int parallelism = 1;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private int queueCapacity = 256;

    /** @return {@code fastkit.security.password.hashing.memory-kib}: Argon2 memory cost in KiB, default 19456 */
    public int getMemoryKib() {
        return memoryKib;
    }

    /** @param memoryKib Argon2 memory cost in KiB, at least 19456 */
    public void setMemoryKib(int memoryKib) {
        this.memoryKib = memoryKib;
    }

    /** @return {@code fastkit.security.password.hashing.iterations}: Argon2 passes, default 2 */
    public int getIterations() {
        return iterations;
    }

    /** @param iterations Argon2 passes, at least 2 */
    public void setIterations(int iterations) {
        this.iterations = iterations;
    }

    /** @return {@code fastkit.security.password.hashing.parallelism}: Argon2 lanes, default 1 */
    public int getParallelism() {
        return parallelism;
    }

    /** @param parallelism Argon2 lanes, at least 1 */
    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    /**
     * @return {@code fastkit.security.password.hashing.threads}: threads of the dedicated hashing executor, default half
     * the processors (at least 1), so a burst of logins leaves CPU for other requests
     */
    public int getThreads() {
        return threads;
    }

    /** @param threads threads of the hashing executor, at least 1 */
    public void setThreads(int threads) {
        this.threads = threads;
    }

    /**
     * @return {@code fastkit.security.password.hashing.queue-capacity}: hashings that may wait for a thread, default
     * 256; beyond that a request answers 503
     */
    public int getQueueCapacity() {
        return queueCapacity;
    }

    /** @param queueCapacity hashings that may wait for a thread */
    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }
}
