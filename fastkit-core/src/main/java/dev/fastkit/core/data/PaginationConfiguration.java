package dev.fastkit.core.data;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Page sizes of list operations, under {@code fastkit.pagination}.
 */
@ConfigurationProperties("fastkit.pagination")
public class PaginationConfiguration {

    private int defaultLimit = 50;
    private int maxLimit = 100;
    private Duration countCacheTimeToLive = Duration.ofSeconds(5);
    private long countCacheMaximumSize = 10_000;

    /** @return the {@code limit} of a list request that sends none (default 50) */
    public int getDefaultLimit() {
        return defaultLimit;
    }

    /** @param defaultLimit the {@code limit} of a list request that sends none */
    public void setDefaultLimit(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** @return the largest {@code limit} a client may ask for (default 100); more answers 422 */
    public int getMaxLimit() {
        return maxLimit;
    }

    /** @param maxLimit the largest {@code limit} a client may ask for */
    public void setMaxLimit(int maxLimit) {
        this.maxLimit = maxLimit;
    }

    /**
     * @return how long a list's {@code X-Total-Count} is remembered (default 5 seconds); creates and deletes through
     * FastKit show at once in this process and within a second in every other instance over the same database, plain
     * SQL writes after at most this long; zero counts every time
     */
    public Duration getCountCacheTimeToLive() {
        return countCacheTimeToLive;
    }

    /** @param countCacheTimeToLive how long a list's total count is remembered; zero turns the cache off */
    public void setCountCacheTimeToLive(Duration countCacheTimeToLive) {
        this.countCacheTimeToLive = countCacheTimeToLive;
    }

    /** @return how many list counts are remembered at most (default 10,000) */
    public long getCountCacheMaximumSize() {
        return countCacheMaximumSize;
    }

    /** @param countCacheMaximumSize how many list counts are remembered at most */
    public void setCountCacheMaximumSize(long countCacheMaximumSize) {
        this.countCacheMaximumSize = countCacheMaximumSize;
    }
}
