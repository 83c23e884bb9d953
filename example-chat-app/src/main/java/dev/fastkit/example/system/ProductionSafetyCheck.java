package dev.fastkit.example.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;

/**
 * Refuses to start the {@code prod} environment ({@code MICRONAUT_ENVIRONMENTS=prod}) with development settings: the
 * development JWT secret from {@code application.yml}, or refresh cookies without {@code Secure}.
 */
@Context
@Requires(env = "prod")
class ProductionSafetyCheck {

    /** The development secret in {@code application.yml}; public, so never acceptable in production. */
    static final String DEVELOPMENT_SECRET = "development-only-secret-change-me-0123456789abcdef";

    ProductionSafetyCheck(@Nullable @Value("${fastkit.security.jwt.secret:}") String secret,
                          @Value("${fastkit.security.refresh.cookie-secure:true}") boolean cookieSecure) {
        if (secret == null || secret.isBlank() || secret.equals(DEVELOPMENT_SECRET)) {
            throw new IllegalStateException("prod environment: set FASTKIT_SECURITY_JWT_SECRET to a random secret of "
                    + "at least 32 bytes (such as `openssl rand -base64 48`); the development secret is public");
        }
        if (!cookieSecure) {
            throw new IllegalStateException("prod environment: refresh cookies must be Secure "
                    + "(FASTKIT_SECURITY_REFRESH_COOKIE_SECURE must not be false)");
        }
    }
}
