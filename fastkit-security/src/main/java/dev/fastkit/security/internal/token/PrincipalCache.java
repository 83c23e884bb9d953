package dev.fastkit.security.internal.token;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.fastkit.core.error.ServiceUnavailableException;
import dev.fastkit.core.internal.invalidation.InvalidationListener;
import dev.fastkit.core.internal.uow.DatabaseFailures;
import dev.fastkit.security.token.PrincipalCacheConfiguration;
import dev.fastkit.security.token.TokenHolder;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Looks up the {@link TokenHolder} of an access token's subject by primary key and keeps it for a short time (see
 * {@link PrincipalCacheConfiguration}), so most authenticated requests cost no database round trip. Built on a
 * Caffeine {@link AsyncLoadingCache}:
 * <ul>
 *     <li><b>single flight</b>: concurrent lookups of a user that is not cached (or expired) share one
 *     {@code UserRepository.findById}, and all wait for it;</li>
 *     <li><b>refresh ahead</b>: the first read of an entry older than 80% of the time to live reloads it in the
 *     background while this and later reads still get the cached value; an entry older than the time to live is never
 *     served, so a user nobody asks for in between is looked up again (and waited for).</li>
 * </ul>
 * A missing (deleted) user and a failed lookup are not cached. Loads and refreshes run on Micronaut's blocking
 * executor, never on the calling thread. With a time to live of {@code 0s} nothing is cached and every call looks up
 * ({@link #find(UUID)} then on the caller's thread).
 *
 * <p>As an {@link InvalidationListener} of the topic {@value #TOPIC}, it forgets a user when any instance over the
 * same database publishes {@code principal:<user id>} (deletion, rename, password change, new roles), and forgets
 * every user when the listening connection was lost and restored.
 */
@Internal
@Singleton
public class PrincipalCache implements InvalidationListener {

    /** The invalidation topic; the key is the user id. */
    public static final String TOPIC = "principal";

    /** Refresh ahead once an entry is this many fifths of the time to live old. */
    private static final int REFRESH_FIFTHS = 4;

    private final Function<UUID, Optional<TokenHolder>> loader;
    private final Executor executor;
    /** {@code null} when the time to live is zero: caching is off. */
    private final AsyncLoadingCache<UUID, TokenHolder> cache;

    /**
     * @param users         the users table
     * @param configuration the time to live and size
     * @param blocking      Micronaut's executor for blocking work, on which lookups run
     */
    @Inject
    public PrincipalCache(UserRepository users, PrincipalCacheConfiguration configuration,
                          @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this(configuration, blocking, Ticker.systemTicker(), userId -> users.findById(userId).map(PrincipalCache::holder));
    }

    /**
     * @param configuration the time to live and size
     * @param executor      where loads and refreshes run
     * @param ticker        Caffeine's clock, in nanoseconds
     * @param loader        the database lookup: the user, or empty when it does not exist
     */
    PrincipalCache(PrincipalCacheConfiguration configuration, Executor executor, Ticker ticker,
                   Function<UUID, Optional<TokenHolder>> loader) {
        this.loader = loader;
        this.executor = executor;
        Duration timeToLive = configuration.getTimeToLive();
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            this.cache = null;
            return;
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .executor(executor)
                .ticker(ticker)
                .maximumSize(configuration.getMaximumSize())
                .expireAfterWrite(timeToLive);
        Duration refreshAfter = timeToLive.multipliedBy(REFRESH_FIFTHS).dividedBy(5);
        if (!refreshAfter.isZero()) {
            builder.refreshAfterWrite(refreshAfter);
        }
        // a null value (no such user) and a failed future are not kept; the default asyncReload calls asyncLoad
        this.cache = builder.buildAsync((userId, loadExecutor) -> CompletableFuture.supplyAsync(() -> load(userId), loadExecutor));
    }

    /**
     * Looks a user up, waiting for the database when it is not cached (possibly for a lookup another request started).
     * Call it only where blocking is allowed.
     *
     * @param userId an access token's subject
     * @return the user, or empty when no such user exists (deleted)
     * @throws ServiceUnavailableException (503) if the database cannot be reached; other database failures as
     *                                     {@link DatabaseFailures#translate(RuntimeException)} makes them
     */
    public Optional<TokenHolder> find(UUID userId) {
        if (cache == null) {
            return Optional.ofNullable(load(userId));
        }
        try {
            return Optional.ofNullable(cache.get(userId).join());
        } catch (CompletionException failed) {
            throw rethrowable(failed);
        }
    }

    /**
     * Looks a user up without blocking the caller: the lookup runs on the blocking executor, joining one already under
     * way for the same user. The returned future is the caller's own: cancelling it cancels nothing else.
     *
     * @param userId an access token's subject
     * @return completes with the user, or empty when no such user exists (deleted); completes exceptionally with the
     * same (unwrapped) exceptions {@link #find(UUID)} throws, such as {@link ServiceUnavailableException} (503)
     */
    public CompletableFuture<Optional<TokenHolder>> findAsync(UUID userId) {
        CompletableFuture<TokenHolder> shared;
        try {
            shared = cache == null ? CompletableFuture.supplyAsync(() -> load(userId), executor) : cache.get(userId);
        } catch (RuntimeException rejected) {
            return CompletableFuture.failedFuture(rejected);
        }
        CompletableFuture<Optional<TokenHolder>> result = new CompletableFuture<>();
        BiConsumer<TokenHolder, Throwable> relay = (holder, failure) -> {
            if (failure == null) {
                result.complete(Optional.ofNullable(holder));
            } else {
                result.completeExceptionally(unwrapped(failure));
            }
        };
        if (shared.isDone()) {
            shared.whenComplete(relay);
        } else {
            // each waiter continues on its own blocking thread, not all of them one after another on the loader's
            shared.whenCompleteAsync(relay, executor);
        }
        return result;
    }

    /**
     * Answers from memory only, never waiting: safe on the event loop. A hit on an entry due for refresh ahead starts
     * that refresh in the background.
     *
     * @param userId an access token's subject
     * @return the user if this cache knows it without a database lookup; empty means "unknown", not "deleted"
     */
    public Optional<TokenHolder> findCached(UUID userId) {
        if (cache == null) {
            return Optional.empty();
        }
        CompletableFuture<TokenHolder> cached = cache.getIfPresent(userId);
        if (cached == null || !cached.isDone() || cached.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cached.join());
    }

    /**
     * Forgets a user, so the next request reads it again: call after deleting a user or changing its username or
     * password (both inside the unit of work and after its commit). A load or refresh of that user under way meanwhile
     * still answers the requests waiting for it, but its value is not kept: Caffeine drops the in-flight entry here and
     * discards a refresh whose entry was removed or replaced.
     *
     * @param userId the user id
     */
    public void invalidate(UUID userId) {
        if (cache != null) {
            cache.synchronous().invalidate(userId);
        }
    }

    /** @return {@value #TOPIC} */
    @Override
    public String topic() {
        return TOPIC;
    }

    /**
     * Forgets a user another instance (or this one) changed, as {@link #invalidate(UUID)} does.
     *
     * @param userId the user id, as text; anything else is ignored
     */
    @Override
    public void invalidate(String userId) {
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        invalidate(id);
    }

    /** Forgets every user; lookups and refreshes under way are not kept either. */
    @Override
    public void invalidateAll() {
        if (cache != null) {
            cache.synchronous().invalidateAll();
        }
    }

    /** @return the user, or {@code null} when it does not exist (so Caffeine keeps nothing) */
    private TokenHolder load(UUID userId) {
        try {
            return loader.apply(userId).orElse(null);
        } catch (CannotGetJdbcConnectionException unreachable) {
            throw new ServiceUnavailableException("The database is not reachable right now; retry later.", unreachable);
        } catch (RuntimeException failure) {
            // no unit of work runs during authentication: translate here, so database failures are never a 500
            throw DatabaseFailures.translate(failure);
        }
    }

    /** @return what a request needs of {@code user} */
    static TokenHolder holder(User user) {
        return new TokenHolder(user.getId(), user.getUsername(), user.getPasswordChangedAt(), Set.copyOf(user.getRoles()));
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static RuntimeException rethrowable(CompletionException failed) {
        Throwable cause = unwrapped(failed);
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return failed;
    }
}
