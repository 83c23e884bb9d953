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
    private double maxCpuShare = 0.1;
    private Integer threads;
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
     * @return {@code fastkit.security.password.hashing.max-cpu-share}: the share of the machine's processor time that
     * password hashing may take, default 0.1 (10%), so that a burst of logins (or a credential-stuffing attack) cannot
     * slow the API's other requests by more than that; logins then queue instead. 1 per processor disables the limit
     */
    public double getMaxCpuShare() {
        return maxCpuShare;
    }

    /** @param maxCpuShare the share of processor time hashing may take, above 0 */
    public void setMaxCpuShare(double maxCpuShare) {
        this.maxCpuShare = maxCpuShare;
    }

    /**
     * @return {@code fastkit.security.password.hashing.threads}: threads of the dedicated hashing executor; default the
     * processors times {@link #getMaxCpuShare()}, at least 1
     */
    public int getThreads() {
        return threads != null ? threads : Math.max(1, (int) (processors() * maxCpuShare));
    }

    /**
     * @return the share of its time each hashing thread may spend hashing (0 to 1): the CPU share spread over the
     * threads; after a hash that took {@code d}, the thread rests {@code d * (1 - share) / share} before the next
     */
    public double getThreadDutyCycle() {
        return Math.min(1.0, processors() * maxCpuShare / getThreads());
    }

    private static int processors() {
        return Runtime.getRuntime().availableProcessors();
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
