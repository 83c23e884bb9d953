package dev.fastkit.core.internal.invalidation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Internal;

/**
 * The switch of the invalidation channel between instances, under {@code fastkit.invalidation}.
 */
@Internal
@ConfigurationProperties("fastkit.invalidation")
public class InvalidationConfiguration {

    private boolean enabled = true;

    /**
     * @return whether writers publish invalidations through PostgreSQL and this instance listens for them (default
     * {@code true}); when off, every instance sees other instances' writes only once its caches expire
     */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether to publish and listen */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
