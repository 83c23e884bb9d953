package dev.fastkit.security.internal.token;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.fastkit.core.error.ServiceUnavailableException;
import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.internal.token.AccessTokenAuthenticationFactory;
import dev.fastkit.security.internal.token.AccessTokenSignature;
import dev.fastkit.security.internal.token.AccessTokenValidator;
import dev.fastkit.security.internal.token.PrincipalCache;
import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.TestUsers;
import dev.fastkit.security.token.AccessTokenConfiguration;
import dev.fastkit.security.token.AccessTokenIssuer;
import dev.fastkit.security.token.PrincipalCacheConfiguration;
import dev.fastkit.security.token.TokenHolder;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PrincipalCache} against the real users table, with Caffeine's clock in the test's hands (no sleeps): single
 * flight, refresh ahead, expiry, invalidation during a load, and what is never cached.
 */
@MicronautTest(transactional = false)
class PrincipalCacheTest {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final long WAIT_SECONDS = 20;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    @Named(TaskExecutors.BLOCKING)
    ExecutorService blocking;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    AccessTokenSignature signature;

    @Inject
    AccessTokenAuthenticationFactory authentications;

    @Inject
    AccessTokenConfiguration tokenConfiguration;

    private final AtomicLong nanos = new AtomicLong(1);
    private final Ticker ticker = nanos::get;
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger runningTasks = new AtomicInteger();
    /** The blocking executor, counting its tasks so a test can wait until every load and refresh has finished. */
    private final Executor executor = command -> {
        runningTasks.incrementAndGet();
        try {
            blocking.execute(() -> {
                try {
                    command.run();
                } finally {
                    runningTasks.decrementAndGet();
                }
            });
        } catch (RuntimeException rejected) {
            runningTasks.decrementAndGet();
            throw rejected;
        }
    };

    @Test
    void shouldRunOneLookupForConcurrentRequestsOfAColdUser() throws Exception {
        User user = newUser();
        CountDownLatch release = new CountDownLatch(1);
        PrincipalCache cache = cache(TTL, gated(null, release));
        int callers = 16;
        AtomicInteger arrived = new AtomicInteger();
        List<CompletableFuture<Optional<TokenHolder>>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            CompletableFuture<Optional<TokenHolder>> result = new CompletableFuture<>();
            results.add(result);
            Thread thread = new Thread(() -> {
                arrived.incrementAndGet();
                try {
                    result.complete(cache.find(user.getId()));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }, "principal-cache-test-" + i);
            threads.add(thread);
            thread.start();
        }
        // every caller is inside find and parked: waiting for the one shared load, or (without single flight) in a
        // load of its own that waits for the latch
        awaitTrue(() -> arrived.get() == callers && threads.stream().allMatch(PrincipalCacheTest::parked));
        release.countDown();

        for (CompletableFuture<Optional<TokenHolder>> result : results) {
            assertThat(result.get(WAIT_SECONDS, TimeUnit.SECONDS)).map(TokenHolder::id).hasValue(user.getId());
        }
        assertThat(loads).hasValue(1);
        assertThat(cache.findCached(user.getId())).map(TokenHolder::username).hasValue(user.getUsername());
    }

    @Test
    void shouldRefreshAheadInTheBackgroundAndServeTheCachedValueMeanwhile() throws Exception {
        User user = newUser();
        AtomicBoolean gate = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PrincipalCache cache = cache(TTL, blockedWhile(gate, entered, release));
        assertThat(settled(cache.find(user.getId()))).map(TokenHolder::username).hasValue(user.getUsername());
        String renamed = rename(user.getId());

        advance(TTL.multipliedBy(7).dividedBy(10));
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(user.getUsername());
        assertThat(loads).as("no refresh before 80 percent of the time to live").hasValue(1);

        gate.set(true);
        advance(TTL.dividedBy(5));
        // the reload is blocked, yet find answers at once with the cached value
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(user.getUsername());
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(user.getUsername());
        assertThat(loads).as("one background reload").hasValue(2);
        release.countDown();
        awaitIdle();

        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(renamed);
        assertThat(cache.findCached(user.getId())).map(TokenHolder::username).hasValue(renamed);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldRefreshAheadOnACachedOnlyRead() throws Exception {
        User user = newUser();
        AtomicBoolean gate = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PrincipalCache cache = cache(TTL, blockedWhile(gate, entered, release));
        settled(cache.find(user.getId()));
        String renamed = rename(user.getId());

        gate.set(true);
        advance(TTL.multipliedBy(9).dividedBy(10));
        // what the validator does on the event loop: answers from memory, and starts the reload
        assertThat(cache.findCached(user.getId())).map(TokenHolder::username).hasValue(user.getUsername());
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        awaitIdle();

        assertThat(loads).hasValue(2);
        assertThat(cache.findCached(user.getId())).map(TokenHolder::username).hasValue(renamed);
    }

    @Test
    void shouldNotServeAnEntryOlderThanTheTimeToLive() {
        User user = newUser();
        PrincipalCache cache = cache(TTL, realLoader());
        settled(cache.find(user.getId()));
        String renamed = rename(user.getId());

        advance(TTL.plusNanos(1));

        assertThat(cache.findCached(user.getId())).isEmpty();
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(renamed);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldNotKeepWhatALoadInFlightDuringAnInvalidationRead() throws Exception {
        User user = newUser();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PrincipalCache cache = cache(TTL, gated(entered, release));

        CompletableFuture<Optional<TokenHolder>> inFlight = cache.findAsync(user.getId());
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        String renamed = rename(user.getId());
        cache.invalidate(user.getId());
        release.countDown();

        // the request that was waiting gets what was read (as before), but it is not kept
        assertThat(inFlight.get(WAIT_SECONDS, TimeUnit.SECONDS)).map(TokenHolder::username).hasValue(user.getUsername());
        awaitIdle();
        assertThat(cache.findCached(user.getId())).isEmpty();
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(renamed);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldNotKeepWhatARefreshInFlightDuringAnInvalidationRead() throws Exception {
        User user = newUser();
        AtomicBoolean gate = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PrincipalCache cache = cache(TTL, blockedWhile(gate, entered, release));
        settled(cache.find(user.getId()));
        gate.set(true);
        advance(TTL.multipliedBy(9).dividedBy(10));
        cache.find(user.getId());
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        String renamed = rename(user.getId());
        cache.invalidate(user.getId());
        release.countDown();
        awaitIdle();

        assertThat(cache.findCached(user.getId())).isEmpty();
        gate.set(false);
        assertThat(cache.find(user.getId())).map(TokenHolder::username).hasValue(renamed);
    }

    @Test
    void shouldNotCacheAMissingUser() {
        PrincipalCache cache = cache(TTL, realLoader());
        UUID missing = UUID.randomUUID();

        assertThat(cache.find(missing)).isEmpty();
        awaitIdle();
        assertThat(cache.findCached(missing)).isEmpty();
        assertThat(cache.find(missing)).isEmpty();

        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldLookUpEveryTimeWithATimeToLiveOfZero() throws Exception {
        User user = newUser();
        PrincipalCache cache = cache(Duration.ZERO, realLoader());

        assertThat(cache.find(user.getId())).map(TokenHolder::id).hasValue(user.getId());
        assertThat(cache.find(user.getId())).map(TokenHolder::id).hasValue(user.getId());
        assertThat(cache.findAsync(user.getId()).get(WAIT_SECONDS, TimeUnit.SECONDS)).map(TokenHolder::id).hasValue(user.getId());
        assertThat(cache.findCached(user.getId())).isEmpty();

        assertThat(loads).hasValue(3);
    }

    @Test
    void shouldAnswer503ForAnUnreachableDatabaseAndNotCacheTheFailure() throws Exception {
        User user = newUser();
        AtomicBoolean down = new AtomicBoolean(true);
        PrincipalCache cache = cache(TTL, userId -> {
            if (down.get()) {
                loads.incrementAndGet();
                throw new CannotGetJdbcConnectionException("no connection");
            }
            return realLoader().apply(userId);
        });

        // (each failed load is dropped by Caffeine once the load's task ends: wait for that before the next call)
        assertThatThrownBy(() -> cache.find(user.getId())).isInstanceOf(ServiceUnavailableException.class);
        awaitIdle();
        assertThatThrownBy(() -> cache.findAsync(user.getId()).get(WAIT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ServiceUnavailableException.class);
        awaitIdle();
        AccessTokenValidator validator = new AccessTokenValidator(signature, authentications, cache, tokenConfiguration);
        String token = issuer.issue(user.getId()).accessToken();
        assertThatThrownBy(() -> Mono.from(validator.validateToken(token, null)).block(Duration.ofSeconds(WAIT_SECONDS)))
                .isInstanceOf(ServiceUnavailableException.class);
        awaitIdle();
        assertThat(loads).hasValue(3);

        down.set(false);
        assertThat(cache.findCached(user.getId())).isEmpty();
        Authentication authentication = Mono.from(validator.validateToken(token, null)).block(Duration.ofSeconds(WAIT_SECONDS));
        assertThat(authentication).isNotNull();
        assertThat(authentication.getName()).isEqualTo(user.getId().toString());
        assertThat(authentication.getAttributes()).containsEntry(AccessTokenAuthenticationFactory.USERNAME_ATTRIBUTE, user.getUsername());
        assertThat(loads).hasValue(4);
    }

    @Test
    void shouldLeaveTheTokenOfADeletedUserAnonymous() {
        User user = newUser();
        PrincipalCache cache = cache(TTL, realLoader());
        AccessTokenValidator validator = new AccessTokenValidator(signature, authentications, cache, tokenConfiguration);
        String token = issuer.issue(user.getId()).accessToken();
        unitOfWork.useTransaction(() -> users.deleteById(user.getId()));

        assertThat(Mono.from(validator.validateToken(token, null)).blockOptional(Duration.ofSeconds(WAIT_SECONDS))).isEmpty();
    }

    private PrincipalCache cache(Duration timeToLive, Function<UUID, Optional<TokenHolder>> loader) {
        PrincipalCacheConfiguration configuration = new PrincipalCacheConfiguration();
        configuration.setTimeToLive(timeToLive);
        return new PrincipalCache(configuration, executor, ticker, loader);
    }

    /** The real lookup, counted. */
    private Function<UUID, Optional<TokenHolder>> realLoader() {
        return userId -> {
            loads.incrementAndGet();
            return lookUp(userId);
        };
    }

    private Optional<TokenHolder> lookUp(UUID userId) {
        return users.findById(userId).map(PrincipalCache::holder);
    }

    /** The real lookup, counted, read first and then held until {@code release}. */
    private Function<UUID, Optional<TokenHolder>> gated(CountDownLatch entered, CountDownLatch release) {
        Function<UUID, Optional<TokenHolder>> real = realLoader();
        return userId -> {
            Optional<TokenHolder> read = real.apply(userId);
            if (entered != null) {
                entered.countDown();
            }
            await(release);
            return read;
        };
    }

    /**
     * The real lookup, counted; once {@code gate} is set, each load reads first, then signals {@code entered} and waits
     * for {@code release} before answering what it read, so a test can hold a reload in flight.
     */
    private Function<UUID, Optional<TokenHolder>> blockedWhile(AtomicBoolean gate, CountDownLatch entered,
                                                               CountDownLatch release) {
        Function<UUID, Optional<TokenHolder>> real = realLoader();
        return userId -> {
            Optional<TokenHolder> read = real.apply(userId);
            if (gate.get()) {
                entered.countDown();
                await(release);
            }
            return read;
        };
    }

    private User newUser() {
        return TestUsers.save(users, unitOfWork);
    }

    /** Renames a user in the database only (the cache under test is not told). */
    private String rename(UUID userId) {
        String renamed = Api.uniqueUsername();
        unitOfWork.useTransaction(() -> {
            User user = users.findById(userId).orElseThrow();
            user.setUsername(renamed);
            users.update(user);
        });
        return renamed;
    }

    /**
     * Waits for the load behind {@code found} to be fully recorded: Caffeine stamps the entry's write time in a
     * callback that may run just after the caller got the value, and a refresh started before that stamp is dropped.
     */
    private Optional<TokenHolder> settled(Optional<TokenHolder> found) {
        awaitIdle();
        return found;
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** Waits until no load, refresh or Caffeine maintenance task is running on the executor. */
    private void awaitIdle() {
        awaitTrue(() -> runningTasks.get() == 0);
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
