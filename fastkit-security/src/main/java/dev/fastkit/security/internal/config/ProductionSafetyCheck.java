package dev.fastkit.security.internal.config;

import dev.fastkit.security.refresh.RefreshTokenConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;

/**
 * Refuses to start the {@code prod} environment ({@code MICRONAUT_ENVIRONMENTS=prod}) with refresh cookies that lack
 * the {@code Secure} attribute ({@code fastkit.security.refresh.cookie-secure: false}), which browsers would send over
 * plain HTTP (RFC 6265, section 4.1.2.5). The other production rule of this module, a configured signing secret of at
 * least 32 bytes, is enforced where the secret is read ({@code AccessTokenSignature}).
 *
 * <p>Created eagerly, so the refusal is a startup failure whose message names
 * {@code FASTKIT_SECURITY_REFRESH_COOKIE_SECURE}.
 */
@Internal
@Context
@Requires(env = "prod")
public final class ProductionSafetyCheck {

    /**
     * @param refresh the refresh-cookie settings
     * @throws IllegalStateException if refresh cookies are not {@code Secure}
     */
    public ProductionSafetyCheck(RefreshTokenConfiguration refresh) {
        if (!refresh.isCookieSecure()) {
            throw new IllegalStateException("The prod environment refuses refresh cookies without Secure: set "
                    + "FASTKIT_SECURITY_REFRESH_COOKIE_SECURE=true (fastkit.security.refresh.cookie-secure) and serve "
                    + "over HTTPS");
        }
    }
}
