package dev.fastkit.security.token;

import dev.fastkit.core.error.ServiceUnavailableException;
import dev.fastkit.core.uow.DatabaseFailures;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Looks up the {@link TokenHolder} of an access token's subject by primary key and keeps it for a short time (see
 * {@link PrincipalCacheConfiguration}), so most authenticated requests cost no database round trip.
 */
@Singleton
public class PrincipalCache {

    private final UserRepository users;
    private final long timeToLiveNanos;
    private final int maximumSize;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    /**
     * @param users         the users table
     * @param configuration the time to live and size
     */
    public PrincipalCache(UserRepository users, PrincipalCacheConfiguration configuration) {
        this.users = users;
        this.timeToLiveNanos = configuration.getTimeToLive().toNanos();
        this.maximumSize = configuration.getMaximumSize();
    }

    /**
     * @param userId an access token's subject
     * @return the user, or empty when no such user exists (deleted)
     * @throws dev.fastkit.core.error.ServiceUnavailableException (503) if the database cannot be reached
     */
    public Optional<TokenHolder> find(UUID userId) {
        long now = System.nanoTime();
        Entry entry = entries.get(userId);
        if (entry != null && now - entry.loadedAt() < timeToLiveNanos) {
            return Optional.of(entry.holder());
        }
        long invalidationsBefore = invalidations.get();
        Optional<TokenHolder> holder = load(userId);
        // a row read while some user was being invalidated may be stale: use it for this request, but do not keep it
        if (holder.isPresent() && timeToLiveNanos > 0 && invalidations.get() == invalidationsBefore) {
            if (entries.size() >= maximumSize) {
                entries.clear();
            }
            entries.put(userId, new Entry(holder.get(), now));
        } else {
            entries.remove(userId);
        }
        return holder;
    }

    /**
     * @param userId an access token's subject
     * @return the user if this cache knows it without a database lookup; empty means "unknown", not "deleted"
     */
    public Optional<TokenHolder> findCached(UUID userId) {
        Entry entry = entries.get(userId);
        if (entry != null && System.nanoTime() - entry.loadedAt() < timeToLiveNanos) {
            return Optional.of(entry.holder());
        }
        return Optional.empty();
    }

    private Optional<TokenHolder> load(UUID userId) {
        try {
            return users.findById(userId)
                    .map(user -> new TokenHolder(user.getId(), user.getUsername(), user.getPasswordChangedAt()));
        } catch (CannotGetJdbcConnectionException unreachable) {
            throw new ServiceUnavailableException("The database is not reachable right now; retry later.", unreachable);
        } catch (RuntimeException failure) {
            // no unit of work runs during authentication: translate here, so database failures are never a 500
            throw DatabaseFailures.translate(failure);
        }
    }

    /**
     * Forgets a user, so the next request reads it again: call after deleting a user or changing its username or
     * password (both inside the unit of work and after its commit).
     *
     * @param userId the user id
     */
    public void invalidate(UUID userId) {
        invalidations.incrementAndGet();
        entries.remove(userId);
    }

    private record Entry(TokenHolder holder, long loadedAt) {
    }
}
