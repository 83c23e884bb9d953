package dev.fastkit.security.password;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.fastkit.core.error.ServiceUnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106) through Password4j, storing the standard PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, 16-byte random salt, 32-byte hash).
 *
 * <p>All hashing runs on a dedicated, fixed-size executor ({@code fastkit-password-hashing-N} threads, bounded queue),
 * so a burst of logins cannot take every CPU or thread from other requests; when the queue is full the caller gets a
 * {@link ServiceUnavailableException} (503). Methods block the calling thread until the hashing is done.
 */
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String DUMMY_PASSWORD = "fastkit-dummy-password-for-unknown-users";

    private final PasswordHashingConfiguration configuration;
    private final Argon2Function function;
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
        this.function = Argon2Function.getInstance(configuration.getMemoryKib(), configuration.getIterations(),
                configuration.getParallelism(), HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
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
        return run(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult());
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
        return run(() -> {
            Argon2Function stored;
            try {
                stored = Argon2Function.getInstanceFromHash(storedHash);
            } catch (RuntimeException unreadable) {
                return new PasswordVerification(false, false);
            }
            boolean matches = stored.check(password, storedHash);
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

    private boolean isWeaker(Argon2Function stored) {
        return stored.getVariant() != Argon2.ID
                || stored.getMemory() < configuration.getMemoryKib()
                || stored.getIterations() < configuration.getIterations()
                || stored.getParallelism() < configuration.getParallelism()
                || stored.getOutputLength() < HASH_BYTES;
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
            return executor.submit(work).get();
        } catch (RejectedExecutionException busy) {
            throw new ServiceUnavailableException("Too many password checks at once; retry shortly.", busy);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The password check was interrupted; retry.", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Password hashing failed", failed.getCause());
        }
    }

    /** Stops the hashing threads when the application stops. */
    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
