package dev.fastkit.core.internal.invalidation;

import io.micronaut.core.annotation.Internal;

/**
 * A cache that forgets entries when any instance over the same database publishes an invalidation of its topic (see
 * {@link InvalidationPublisher}). Every bean of this type is called by {@link InvalidationReceiver} on its one
 * listening thread: implementations must be thread-safe, quick and must not block.
 */
@Internal
public interface InvalidationListener {

    /** @return the topic this listener handles, such as {@code principal}: the payload's part before the first colon */
    String topic();

    /**
     * Forgets what depends on {@code key}, after some instance committed a change of it.
     *
     * @param key the payload's part after the first colon, such as a user id; possibly empty
     */
    void invalidate(String key);

    /**
     * Forgets everything: called after the listening connection was lost and restored, since invalidations published
     * meanwhile were not delivered to this instance.
     */
    void invalidateAll();
}
