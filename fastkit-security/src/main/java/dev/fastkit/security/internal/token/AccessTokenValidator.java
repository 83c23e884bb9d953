package dev.fastkit.security.internal.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.security.token.AccessTokenConfiguration;
import dev.fastkit.security.token.TokenHolder;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Validates the bearer token of every request: HS256 signature ({@link AccessTokenSignature}), expiry and not-before,
 * the access-token claims ({@link AccessTokenAuthenticationFactory}), then the user behind it.
 *
 * <p>It replaces micronaut-security-jwt's validator so that the common case costs no thread hop: signature and claims
 * are checked on the event loop, and a user the {@link PrincipalCache} knows is accepted at once. Only a cache miss
 * looks the user up, asynchronously ({@link PrincipalCache#findAsync(java.util.UUID)}: the query runs on the blocking
 * executor, shared with concurrent requests for the same user), so neither the event loop nor a blocking thread waits
 * for the database (Micronaut's validator runs every validation on the blocking executor). An invalid token, or one whose user is gone or
 * changed password after it was issued, leaves the request anonymous, so secured routes answer 401. A failed lookup
 * errors the publisher with the exception {@link PrincipalCache#find(java.util.UUID)} throws, as before (a 503
 * problem when the database is unreachable).
 *
 * <p>A client sends the same token on every request until it expires, so tokens that passed every check are remembered
 * ({@link AccessTokenConfiguration#getVerifiedTokenCacheSize()}), keyed by the exact token string: a repeated token
 * skips parsing, the HMAC and the claims checks (measured in benchmarks/README.md). Expiry and not-before are checked on every use, and so are the user and the password-change instant; a
 * token that differs in any character is verified afresh, and a refused token is never remembered (Envoy's JWT filter
 * caches verified tokens the same way, {@code jwt_cache_config}).
 */
@Internal
@Singleton
@Replaces(bean = TokenValidator.class)
public class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AccessTokenSignature signature;
    private final AccessTokenAuthenticationFactory authentications;
    private final PrincipalCache principals;
    private final LongSupplier clockMillis;
    /** {@code null} when the cache size is 0: every token is verified on every request. */
    private final @Nullable Cache<String, VerifiedToken> verifiedTokens;

    /**
     * @param signature       the only accepted signature
     * @param authentications the access-token claims check
     * @param principals      the users behind tokens
     * @param configuration   the access-token settings, for the size of the verified-token cache
     */
    @Inject
    public AccessTokenValidator(AccessTokenSignature signature, AccessTokenAuthenticationFactory authentications,
                                PrincipalCache principals, AccessTokenConfiguration configuration) {
        this(signature, authentications, principals, configuration, System::currentTimeMillis);
    }

    /**
     * @param clockMillis the current time in epoch milliseconds, for expiry and not-before
     */
    AccessTokenValidator(AccessTokenSignature signature, AccessTokenAuthenticationFactory authentications,
                         PrincipalCache principals, AccessTokenConfiguration configuration, LongSupplier clockMillis) {
        this.signature = signature;
        this.authentications = authentications;
        this.principals = principals;
        this.clockMillis = clockMillis;
        this.verifiedTokens = configuration.getVerifiedTokenCacheSize() <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(configuration.getVerifiedTokenCacheSize())
                .expireAfterWrite(configuration.getAccessTokenLifetime())
                .build();
    }

    /**
     * @param token   the bearer token
     * @param request the request carrying it
     * @return the authentication (user id as name, attribute {@code username}), or empty when the token is refused;
     * synchronous on a cache hit, completing on a blocking thread after a lookup
     */
    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Optional<VerifiedToken> verified = verified(token);
        if (verified.isEmpty()) {
            return Publishers.empty();
        }
        AccessTokenAuthenticationFactory.AccessClaims access = verified.get().claims();
        Optional<TokenHolder> known = principals.findCached(access.userId());
        if (known.isPresent()) {
            return authentications.authenticate(access, known).<Publisher<Authentication>>map(Publishers::just)
                    .orElseGet(Publishers::empty);
        }
        // the future is this request's own: cancelling the subscription does not cancel the shared lookup
        return Mono.fromFuture(() -> principals.findAsync(access.userId()))
                .flatMap(holder -> Mono.justOrEmpty(authentications.authenticate(access, holder)));
    }

    /** @return the token's checked claims if its signature and claims are valid and it is within its validity now */
    private Optional<VerifiedToken> verified(String token) {
        VerifiedToken known = verifiedTokens == null ? null : verifiedTokens.getIfPresent(token);
        if (known == null) {
            known = verify(token);
            if (known == null) {
                return Optional.empty();
            }
            if (verifiedTokens != null && known.expiresAtMillis() > clockMillis.getAsLong()) {
                verifiedTokens.put(token, known);
            }
        }
        return known.isValidAt(clockMillis.getAsLong()) ? Optional.of(known) : Optional.empty();
    }

    /** @return the token's claims and validity window if the signature and the access claims are valid, else null */
    private @Nullable VerifiedToken verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!signature.verify(jwt)) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime() == null) {
                return null;
            }
            long notBefore = claims.getNotBeforeTime() == null ? Long.MIN_VALUE : claims.getNotBeforeTime().getTime();
            return authentications.accessClaims(jwt)
                    .map(access -> new VerifiedToken(access, notBefore, claims.getExpirationTime().getTime()))
                    .orElse(null);
        } catch (ParseException | JOSEException | RuntimeException malformed) {
            return null;
        }
    }

    /**
     * A token whose signature and claims passed, with its validity window.
     *
     * @param claims          the access claims
     * @param notBeforeMillis {@code nbf} in epoch milliseconds, {@link Long#MIN_VALUE} without one
     * @param expiresAtMillis {@code exp} in epoch milliseconds
     */
    private record VerifiedToken(AccessTokenAuthenticationFactory.AccessClaims claims, long notBeforeMillis,
                                 long expiresAtMillis) {

        boolean isValidAt(long nowMillis) {
            return nowMillis >= notBeforeMillis && nowMillis < expiresAtMillis;
        }
    }
}
