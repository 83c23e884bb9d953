package dev.fastkit.security.token;

import dev.fastkit.security.internal.token.PrincipalCache;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The in-process cache of token holders ({@link PrincipalCache}), {@code fastkit.security.principal-cache.*}. Each
 * authenticated request needs the user's username and password-change instant; the cache saves that primary-key
 * lookup.
 *
 * <p>Concurrent requests of a user that is not cached share one lookup (single flight). The first request that finds
 * an entry older than 80% of {@link #getTimeToLive()} reloads it in the background while requests keep getting the
 * cached value (refresh ahead), so a user with steady traffic is never waited for; an entry older than the time to
 * live is never served. The instance that deletes a user or changes its username or password evicts it at once;
 * every other instance over the same database within a second, through PostgreSQL's {@code LISTEN}/{@code NOTIFY}
 * (unless {@code fastkit.invalidation.enabled} is false: then within the time to live).
 */
@ConfigurationProperties("fastkit.security.principal-cache")
public class PrincipalCacheConfiguration {

    private Duration timeToLive = Duration.ofSeconds(30);
    private int maximumSize = 10_000;

    /**
     * @return {@code fastkit.security.principal-cache.time-to-live}: how long a looked-up user is trusted, default 30s
     * (reloaded in the background from 24s on); {@code 0s} turns caching off (one lookup per request)
     */
    public Duration getTimeToLive() {
        return timeToLive;
    }

    /** @param timeToLive how long a looked-up user is trusted */
    public void setTimeToLive(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    /**
     * @return {@code fastkit.security.principal-cache.maximum-size}: the most users kept, default 10000; beyond it
     * Caffeine evicts the users least likely to be asked for again
     */
    public int getMaximumSize() {
        return maximumSize;
    }

    /** @param maximumSize the most users kept */
    public void setMaximumSize(int maximumSize) {
        this.maximumSize = maximumSize;
    }
}
