package dev.fastkit.security.internal.token;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.fastkit.security.token.AccessTokenConfiguration;
import dev.fastkit.security.token.AccessTokenIssuer;
import dev.fastkit.security.token.TokenHolder;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a JWT whose signature and expiry micronaut-security-jwt has verified into the request's
 * {@link Authentication}, or refuses it (the request is then anonymous and secured routes answer 401).
 *
 * <p>Refused: a token without {@code token_type: "access"}, with another issuer, without {@code iat} or
 * {@code jti}, whose {@code sub} is not a UUID, whose {@code roles} claim is there but no array of strings, whose user
 * no longer exists, or that was issued before the user's last password change. The authentication's name is the user
 * id as a string (what fastkit-core's ownership uses), its attribute {@code username} the current username, and its
 * roles ({@link Authentication#getRoles()}) those of the token's {@code roles} claim that the user still has: a role
 * taken away counts as soon as the {@link PrincipalCache} forgets the user, a role granted from the next token (login
 * or refresh). A token without the claim has no roles.
 */
@Internal
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class AccessTokenAuthenticationFactory implements JwtAuthenticationFactory {

    /** The authentication attribute holding the username. */
    public static final String USERNAME_ATTRIBUTE = "username";

    private final PrincipalCache principals;
    private final AccessTokenConfiguration configuration;

    /**
     * @param principals    the user lookup
     * @param configuration the expected issuer
     */
    public AccessTokenAuthenticationFactory(PrincipalCache principals, AccessTokenConfiguration configuration) {
        this.principals = principals;
        this.configuration = configuration;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        return accessClaims(token).flatMap(claims -> authenticate(claims, principals.find(claims.userId())));
    }

    /**
     * Checks the claims that make a verified JWT an access token of this service.
     *
     * @param token a JWT whose signature and expiry were verified
     * @return its subject and issue time, or empty when it is no access token of this issuer
     */
    public Optional<AccessClaims> accessClaims(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Date issuedAt = claims.getIssueTime();
            if (!AccessTokenIssuer.ACCESS.equals(claims.getClaim(AccessTokenIssuer.TOKEN_TYPE_CLAIM))
                    || !configuration.getIssuer().equals(claims.getIssuer())
                    || issuedAt == null || claims.getJWTID() == null || claims.getSubject() == null) {
                return Optional.empty();
            }
            Object roles = claims.getClaim(AccessTokenIssuer.ROLES_CLAIM);
            if (roles != null && !(roles instanceof List<?>)) {
                return Optional.empty();
            }
            Set<String> named = new LinkedHashSet<>();
            for (Object role : roles == null ? List.of() : (List<?>) roles) {
                if (!(role instanceof String name)) {
                    return Optional.empty();
                }
                named.add(name);
            }
            return Optional.of(new AccessClaims(UUID.fromString(claims.getSubject()), issuedAt.getTime() / 1000,
                    Set.copyOf(named)));
        } catch (ParseException | IllegalArgumentException | ClassCastException malformed) {
            return Optional.empty();
        }
    }

    /**
     * @param claims a verified access token's claims
     * @param holder the user behind it, or empty when the user no longer exists
     * @return the request's authentication, with the token's roles the user still has; empty when the user is gone or
     *         changed password after the token
     */
    public Optional<Authentication> authenticate(AccessClaims claims, Optional<TokenHolder> holder) {
        return holder.filter(user -> user.accepts(claims.issuedAtSecond()))
                .map(user -> Authentication.build(user.id().toString(), heldRoles(claims, user),
                        Map.of(USERNAME_ATTRIBUTE, user.username())));
    }

    private static List<String> heldRoles(AccessClaims claims, TokenHolder user) {
        if (claims.roles().isEmpty() || user.roles().isEmpty()) {
            return List.of();
        }
        return claims.roles().stream().filter(user.roles()::contains).sorted().toList();
    }

    /**
     * The claims of a verified access token that authentication needs.
     *
     * @param userId         the subject, the user id
     * @param issuedAtSecond the {@code iat}, in seconds since the epoch
     * @param roles          the {@code roles} claim, empty without one
     */
    public record AccessClaims(UUID userId, long issuedAtSecond, Set<String> roles) {
    }
}
