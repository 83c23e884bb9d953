package dev.fastkit.core.internal.config;

import dev.fastkit.core.query.ListQueryConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;

/**
 * Refuses to start the {@code prod} environment ({@code MICRONAUT_ENVIRONMENTS=prod}) without
 * {@code fastkit.lists.cursor-secret}, the key that signs list cursors. Without it each process draws a key of its own,
 * so behind a load balancer, or after a restart, a client following a {@code Link: rel="next"} that another process
 * minted would get a {@code 422}. Its length (at least 32 bytes) is checked where the key is read.
 *
 * <p>Created eagerly, so the refusal is a startup failure whose message names {@code FASTKIT_LISTS_CURSOR_SECRET}.
 */
@Internal
@Context
@Requires(env = "prod")
public final class CursorSecretCheck {

    /**
     * @param lists the list settings
     * @throws IllegalStateException if no cursor secret is configured
     */
    public CursorSecretCheck(ListQueryConfiguration lists) {
        if (lists.getCursorSecret() == null) {
            throw new IllegalStateException("The prod environment needs a key for list cursors: set "
                    + "FASTKIT_LISTS_CURSOR_SECRET (fastkit.lists.cursor-secret) to at least 32 random bytes, the same "
                    + "on every instance");
        }
    }
}
