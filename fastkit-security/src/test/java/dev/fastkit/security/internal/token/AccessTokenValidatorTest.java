package dev.fastkit.security.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.internal.token.AccessTokenAuthenticationFactory;
import dev.fastkit.security.internal.token.AccessTokenSignature;
import dev.fastkit.security.internal.token.AccessTokenValidator;
import dev.fastkit.security.internal.token.PrincipalCache;
import dev.fastkit.security.support.TestUsers;
import dev.fastkit.security.token.AccessTokenConfiguration;
import dev.fastkit.security.token.AccessTokenIssuer;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens are validated by FastKit's validator alone: micronaut-security-jwt's own one would run every
 * validation on the blocking executor, and a second validator would accept what the first refuses. A token that
 * passed is remembered, so a repeated one skips the signature check, but never past its expiry, never for a changed
 * copy and never for a deleted user. The forged-token behaviour itself is covered by {@code AccessTokenForgeryTest}.
 */
@MicronautTest(transactional = false)
@Property(name = "fastkit.security.jwt.secret", value = AccessTokenValidatorTest.SECRET)
class AccessTokenValidatorTest {

    /** A known secret, so that the counting signature below checks with the application's key. */
    static final String SECRET = "validator-test-secret-known-to-this-test-only-0123456789";

    @Inject
    ApplicationContext context;

    @Inject
    AccessTokenConfiguration configuration;

    @Inject
    AccessTokenAuthenticationFactory authentications;

    @Inject
    PrincipalCache principals;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(System.currentTimeMillis());

    @Test
    void shouldBeTheOnlyTokenValidator() {
        assertThat(context.getBeansOfType(TokenValidator.class))
                .singleElement()
                .isInstanceOf(AccessTokenValidator.class);
    }

    @Test
    void shouldCheckTheSignatureOfARepeatedTokenOnce() {
        User user = newUser();
        String token = issuer.issue(user.getId()).accessToken();
        AccessTokenValidator validator = validator(configuration);

        for (int i = 0; i < 3; i++) {
            assertThat(validate(validator, token)).map(Authentication::getName).hasValue(user.getId().toString());
        }
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void shouldCheckEverySignatureWithTheCacheSwitchedOff() {
        User user = newUser();
        String token = issuer.issue(user.getId()).accessToken();
        AccessTokenConfiguration uncached = new AccessTokenConfiguration();
        uncached.setVerifiedTokenCacheSize(0);
        AccessTokenValidator validator = validator(uncached);

        for (int i = 0; i < 3; i++) {
            assertThat(validate(validator, token)).isPresent();
        }
        assertThat(signatureChecks).hasValue(3);
    }

    @Test
    void shouldRefuseARememberedTokenFromItsExpiry() throws ParseException {
        User user = newUser();
        String token = issuer.issue(user.getId()).accessToken();
        long expiresAt = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().getTime();
        AccessTokenValidator validator = validator(configuration);
        assertThat(validate(validator, token)).isPresent();

        now.set(expiresAt - 1);
        assertThat(validate(validator, token)).isPresent();
        now.set(expiresAt);
        assertThat(validate(validator, token)).isEmpty();
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void shouldVerifyAChangedCopyOfARememberedToken() {
        User user = newUser();
        String token = issuer.issue(user.getId()).accessToken();
        AccessTokenValidator validator = validator(configuration);
        assertThat(validate(validator, token)).isPresent();

        int signatureStart = token.lastIndexOf('.') + 1;
        char first = token.charAt(signatureStart);
        String changed = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A') + token.substring(signatureStart + 1);

        assertThat(validate(validator, changed)).isEmpty();
        assertThat(signatureChecks).hasValue(2);
        assertThat(validate(validator, token)).isPresent();
    }

    @Test
    void shouldRefuseARememberedTokenOfADeletedUser() {
        User user = newUser();
        String token = issuer.issue(user.getId()).accessToken();
        AccessTokenValidator validator = validator(configuration);
        assertThat(validate(validator, token)).isPresent();

        unitOfWork.useTransaction(() -> users.deleteById(user.getId()));
        principals.invalidate(user.getId());

        assertThat(validate(validator, token)).isEmpty();
    }

    /** A validator with the application's collaborators, a signature that counts its checks, and the test's clock. */
    private AccessTokenValidator validator(AccessTokenConfiguration settings) {
        AccessTokenSignature counting = new AccessTokenSignature(configuration, context.getEnvironment()) {
            @Override
            public boolean verify(SignedJWT token) throws JOSEException {
                signatureChecks.incrementAndGet();
                return super.verify(token);
            }
        };
        return new AccessTokenValidator(counting, authentications, principals, settings, now::get);
    }

    private static Optional<Authentication> validate(AccessTokenValidator validator, String token) {
        return Mono.from(validator.validateToken(token, null)).blockOptional(Duration.ofSeconds(20));
    }

    private User newUser() {
        return TestUsers.save(users, unitOfWork);
    }
}
