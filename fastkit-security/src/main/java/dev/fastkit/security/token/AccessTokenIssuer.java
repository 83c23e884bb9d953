package dev.fastkit.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues access tokens: HS256 JWTs with the claims {@code iss}, {@code sub} (the user id), {@code iat}, {@code exp},
 * a random {@code jti}, {@code token_type: "access"} and {@code roles} (Micronaut Security's default roles claim: an
 * array of the user's role names, empty for none), valid for {@link AccessTokenConfiguration#getAccessTokenLifetime()}.
 * A request with the token holds those of its roles that the user still has when the request is made.
 */
@Singleton
public class AccessTokenIssuer {

    /** The claim that marks a JWT as an access token. */
    public static final String TOKEN_TYPE_CLAIM = "token_type";
    /** The value of {@link #TOKEN_TYPE_CLAIM} in an access token. */
    public static final String ACCESS = "access";
    /** The claim holding the user's role names. */
    public static final String ROLES_CLAIM = TokenConfiguration.DEFAULT_ROLES_NAME;

    private final SignatureGeneratorConfiguration signature;
    private final AccessTokenConfiguration configuration;
    private final Clock clock;

    /**
     * @param signature     the signature micronaut-security-jwt signs with
     * @param configuration the lifetime and issuer
     */
    public AccessTokenIssuer(@Named("generator") SignatureGeneratorConfiguration signature,
                             AccessTokenConfiguration configuration) {
        this.signature = signature;
        this.configuration = configuration;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param userId the user the token is for
     * @return the token answer, its {@code roles} claim empty
     */
    public Token issue(UUID userId) {
        return issue(userId, List.of());
    }

    /**
     * @param userId the user the token is for
     * @param roles  the user's roles, for the {@code roles} claim
     * @return the token answer
     */
    public Token issue(UUID userId, Collection<String> roles) {
        Instant now = clock.instant();
        long lifetime = configuration.getAccessTokenLifetime().toSeconds();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(configuration.getIssuer())
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TOKEN_TYPE_CLAIM, ACCESS)
                .claim(ROLES_CLAIM, List.copyOf(roles))
                .build();
        try {
            return new Token(signature.sign(claims).serialize(), Token.BEARER, lifetime);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }
}
