package dev.fastkit.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Validates the bearer token of every request: HS256 signature ({@link AccessTokenSignature}), expiry and not-before,
 * the access-token claims ({@link AccessTokenAuthenticationFactory}), then the user behind it.
 *
 * <p>It replaces micronaut-security-jwt's validator so that the common case costs no thread hop: signature and claims
 * are checked on the event loop, and a user the {@link PrincipalCache} knows is accepted at once. Only a cache miss
 * looks the user up, asynchronously ({@link PrincipalCache#findAsync(java.util.UUID)}: the query runs on the blocking
 * executor, shared with concurrent requests for the same user), so neither the event loop nor a blocking thread waits
 * for the database. (Micronaut's validator could only run every validation on the blocking executor, which cost a
 * third of the throughput of a cached {@code GET} in the benchmark.) An invalid token, or one whose user is gone or
 * changed password after it was issued, leaves the request anonymous, so secured routes answer 401. A failed lookup
 * errors the publisher with the exception {@link PrincipalCache#find(java.util.UUID)} throws, as before (a 503
 * problem when the database is unreachable).
 */
@Singleton
@Replaces(bean = TokenValidator.class)
public class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AccessTokenSignature signature;
    private final AccessTokenAuthenticationFactory authentications;
    private final PrincipalCache principals;

    /**
     * @param signature       the only accepted signature
     * @param authentications the access-token claims check
     * @param principals      the users behind tokens
     */
    public AccessTokenValidator(AccessTokenSignature signature, AccessTokenAuthenticationFactory authentications,
                                PrincipalCache principals) {
        this.signature = signature;
        this.authentications = authentications;
        this.principals = principals;
    }

    /**
     * @param token   the bearer token
     * @param request the request carrying it
     * @return the authentication (user id as name, attribute {@code username}), or empty when the token is refused;
     * synchronous on a cache hit, completing on a blocking thread after a lookup
     */
    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Optional<AccessTokenAuthenticationFactory.AccessClaims> claims = verified(token)
                .flatMap(authentications::accessClaims);
        if (claims.isEmpty()) {
            return Publishers.empty();
        }
        AccessTokenAuthenticationFactory.AccessClaims access = claims.get();
        Optional<TokenHolder> known = principals.findCached(access.userId());
        if (known.isPresent()) {
            return authentications.authenticate(access, known).<Publisher<Authentication>>map(Publishers::just)
                    .orElseGet(Publishers::empty);
        }
        // the future is this request's own: cancelling the subscription does not cancel the shared lookup
        return Mono.fromFuture(() -> principals.findAsync(access.userId()))
                .flatMap(holder -> Mono.justOrEmpty(authentications.authenticate(access, holder)));
    }

    private Optional<SignedJWT> verified(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!signature.verify(jwt)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date now = new Date();
            boolean expired = claims.getExpirationTime() == null || !now.before(claims.getExpirationTime());
            boolean early = claims.getNotBeforeTime() != null && now.before(claims.getNotBeforeTime());
            return expired || early ? Optional.empty() : Optional.of(jwt);
        } catch (ParseException | JOSEException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
