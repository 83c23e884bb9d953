package dev.fastkit.security.token;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The in-process cache of token holders, {@code fastkit.security.principal-cache.*}. Each authenticated request needs
 * the user's username and password-change instant; the cache saves that primary-key lookup. This instance evicts a
 * user at once when it deletes the user or changes the username or password; other instances of the service notice
 * within {@link #getTimeToLive()}.
 */
@ConfigurationProperties("fastkit.security.principal-cache")
public class PrincipalCacheConfiguration {

    private Duration timeToLive = Duration.ofSeconds(30);
    private int maximumSize = 10_000;

    /**
     * @return {@code fastkit.security.principal-cache.time-to-live}: how long a looked-up user is trusted, default 30s;
     * {@code 0s} turns caching off (one lookup per request)
     */
    public Duration getTimeToLive() {
        return timeToLive;
    }

    /** @param timeToLive how long a looked-up user is trusted */
    public void setTimeToLive(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    /** @return {@code fastkit.security.principal-cache.maximum-size}: the most users kept, default 10000 */
    public int getMaximumSize() {
        return maximumSize;
    }

    /** @param maximumSize the most users kept */
    public void setMaximumSize(int maximumSize) {
        this.maximumSize = maximumSize;
    }
}
