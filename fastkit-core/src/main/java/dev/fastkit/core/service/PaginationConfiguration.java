package dev.fastkit.core.service;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Page sizes of list operations, under {@code fastkit.pagination}.
 */
@ConfigurationProperties("fastkit.pagination")
public class PaginationConfiguration {

    private int defaultLimit = 50;
    private int maxLimit = 100;

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
}
