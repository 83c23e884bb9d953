package dev.fastkit.security.internal.password;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import dev.fastkit.core.error.ServiceUnavailableException;
import dev.fastkit.security.password.PasswordHashingConfiguration;
import io.micronaut.core.annotation.Internal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106), storing the standard PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, 16-byte random salt, 32-byte hash, password as UTF-8).
 *
 * <p>The hashing is the reference implementation, libargon2, through argon2-jvm (JNA), which allocates each hash's
 * memory (19 MiB at the default) natively and frees it at once. A pure-Java Argon2 (Password4j, used before) puts
 * those 19 MiB on the Java heap for every hash, where a garbage collection during a login promotes them to the old
 * generation (measured in benchmarks/README.md).
 *
 * <p>All hashing runs on a dedicated, fixed-size executor ({@code fastkit-password-hashing-N} threads, bounded queue)
 * whose threads rest between hashes so that hashing takes at most
 * {@link PasswordHashingConfiguration#getMaxCpuShare()} of the machine's processor time: a burst of logins queues
 * instead of slowing every other request. When the queue is full the caller gets a
 * {@link ServiceUnavailableException} (503). Methods block the calling thread until the hashing is done.
 */
@Internal
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String DUMMY_PASSWORD = "fastkit-dummy-password-for-unknown-users";

    private static final ThreadLocal<Long> RESUME_AT = ThreadLocal.withInitial(() -> 0L);
    /** The PHC string of an Argon2 hash: variant, version, memory (KiB), iterations, parallelism, salt, hash. */
    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2(?:id|i|d))\\$v=(\\d+)\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private final PasswordHashingConfiguration configuration;
    private final Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    private final ThreadPoolExecutor executor;
    private volatile String dummyHash;

    /**
     * @param configuration the Argon2 parameters and executor size
     * @throws IllegalStateException if the parameters are below the OWASP minimum
     */
    public PasswordHasher(PasswordHashingConfiguration configuration) {
        if (configuration.getMemoryKib() < PasswordHashingConfiguration.MINIMUM_MEMORY_KIB
                || configuration.getIterations() < PasswordHashingConfiguration.MINIMUM_ITERATIONS
                || configuration.getParallelism() < 1) {
            throw new IllegalStateException("fastkit.security.password.hashing is below the OWASP minimum for Argon2id "
                    + "(memory-kib >= 19456, iterations >= 2, parallelism >= 1)");
        }
        this.configuration = configuration;
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(configuration.getThreads(), configuration.getThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, configuration.getQueueCapacity())), runnable -> {
                    Thread thread = new Thread(runnable, "fastkit-password-hashing-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * @param password a password in clear text
     * @return its Argon2id PHC string with a fresh random salt
     * @throws ServiceUnavailableException (503) if too many hashings are waiting
     */
    public String hash(CharSequence password) {
        return run(() -> {
            char[] characters = characters(password);
            try {
                return argon2.hash(configuration.getIterations(), configuration.getMemoryKib(),
                        configuration.getParallelism(), characters, StandardCharsets.UTF_8);
            } finally {
                argon2.wipeArray(characters);
            }
        });
    }

    /**
     * Checks a password against a stored PHC string, using the parameters recorded in that string.
     *
     * @param password   a password in clear text
     * @param storedHash the stored Argon2 PHC string
     * @return whether it matches and whether the hash should be recomputed with the current parameters
     * @throws ServiceUnavailableException (503) if too many hashings are waiting
     */
    public PasswordVerification verify(CharSequence password, String storedHash) {
        Matcher stored = PHC.matcher(storedHash);
        if (!stored.matches()) {
            return new PasswordVerification(false, false);
        }
        return run(() -> {
            char[] characters = characters(password);
            boolean matches;
            try {
                matches = argon2.verify(storedHash, characters, StandardCharsets.UTF_8);
            } catch (IllegalStateException unverifiable) {
                matches = false; // another Argon2 variant, or parameters libargon2 refuses
            } finally {
                argon2.wipeArray(characters);
            }
            return new PasswordVerification(matches, matches && isWeaker(stored));
        });
    }

    /**
     * Spends the same time as {@link #verify} on a password for a user who does not exist, so the answer time does not
     * reveal whether a username exists.
     *
     * @param password the password the client sent
     */
    public void verifyAgainstDummy(CharSequence password) {
        verify(password, dummyHash());
    }

    /** @return the configured Argon2 parameters, for logs and tests */
    public PasswordHashingConfiguration configuration() {
        return configuration;
    }

    /** @param stored a matched {@link #PHC} string */
    private boolean isWeaker(Matcher stored) {
        return !stored.group(1).equals("argon2id")
                || Integer.parseInt(stored.group(3)) < configuration.getMemoryKib()
                || Integer.parseInt(stored.group(4)) < configuration.getIterations()
                || Integer.parseInt(stored.group(5)) < configuration.getParallelism()
                || Base64.getDecoder().decode(stored.group(7)).length < HASH_BYTES;
    }

    private static char[] characters(CharSequence password) {
        CharBuffer buffer = CharBuffer.wrap(password);
        char[] characters = new char[buffer.remaining()];
        buffer.get(characters);
        return characters;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hash(DUMMY_PASSWORD);
            dummyHash = hash;
        }
        return hash;
    }

    private <T> T run(Callable<T> work) {
        try {
            return executor.submit(() -> throttled(work)).get();
        } catch (RejectedExecutionException busy) {
            throw new ServiceUnavailableException("Too many password checks at once; retry shortly.", busy);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The password check was interrupted; retry.", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Password hashing failed", failed.getCause());
        }
    }

    /**
     * Runs {@code work} on a hashing thread that keeps to its duty cycle: it first rests for as long as its previous
     * hash requires, so hashing never takes more than the configured share of processor time.
     */
    private <T> T throttled(Callable<T> work) throws Exception {
        long now = System.nanoTime();
        long rest = RESUME_AT.get() - now;
        if (rest > 0) {
            TimeUnit.NANOSECONDS.sleep(rest);
        }
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            long took = System.nanoTime() - start;
            double duty = configuration.getThreadDutyCycle();
            RESUME_AT.set(System.nanoTime() + (long) (took * (1 - duty) / duty));
        }
    }

    /** Stops the hashing threads when the application stops. */
    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
