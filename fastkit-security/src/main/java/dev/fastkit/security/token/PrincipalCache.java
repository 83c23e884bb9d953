package dev.fastkit.security.token;

import dev.fastkit.security.user.UserRepository;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
     */
    public Optional<TokenHolder> find(UUID userId) {
        long now = System.nanoTime();
        Entry entry = entries.get(userId);
        if (entry != null && now - entry.loadedAt() < timeToLiveNanos) {
            return Optional.of(entry.holder());
        }
        Optional<TokenHolder> holder = users.findById(userId)
                .map(user -> new TokenHolder(user.getId(), user.getUsername(), user.getPasswordChangedAt()));
        if (holder.isPresent() && timeToLiveNanos > 0) {
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
     * Forgets a user, so the next request reads it again: call after deleting a user or changing its username or
     * password (both inside the unit of work and after its commit).
     *
     * @param userId the user id
     */
    public void invalidate(UUID userId) {
        entries.remove(userId);
    }

    private record Entry(TokenHolder holder, long loadedAt) {
    }
}
