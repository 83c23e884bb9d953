package dev.fastkit.security.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.security.token.AccessTokenConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Internal;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Feeds {@code fastkit.security.jwt.secret} to micronaut-security-jwt as its only signature: the one access tokens are
 * signed with (the bean named {@code generator}) and the only one a token may be verified with, so {@code alg: none},
 * other algorithms (HS512, RS256, ...) and other keys are all refused. It delegates to micronaut-security-jwt's
 * {@link SecretSignature} (HS256).
 *
 * <p>Created eagerly: the application refuses to start when the secret is missing or shorter than 256 bits.
 */
@Internal
@Context
@Named("generator")
public class AccessTokenSignature implements SignatureGeneratorConfiguration {

    /** The secret the {@code test} environment uses when none is configured. Public, so never for production. */
    static final String TEST_SECRET = "fastkit-test-only-secret-never-use-in-production-0123456789";

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenSignature.class);
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretSignature signature;

    /**
     * @param configuration the secret
     * @param environment   the active environments, for the test secret
     * @throws IllegalStateException if the secret is missing or shorter than 32 bytes
     */
    public AccessTokenSignature(AccessTokenConfiguration configuration, Environment environment) {
        String secret = configuration.getSecret();
        if ((secret == null || secret.isBlank()) && environment.getActiveNames().contains(Environment.TEST)) {
            LOG.warn("fastkit.security.jwt.secret is not set: using the public test secret (test environment only)");
            secret = TEST_SECRET;
        }
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("fastkit.security.jwt.secret (FASTKIT_SECURITY_JWT_SECRET) must be set to at "
                    + "least 256 bits (32 bytes), e.g. the output of: openssl rand -base64 48");
        }
        SecretSignatureConfiguration settings = new SecretSignatureConfiguration("generator");
        settings.setSecret(secret);
        settings.setJwsAlgorithm(JWSAlgorithm.HS256);
        this.signature = new SecretSignature(settings);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return signature.supports(algorithm);
    }

    @Override
    public boolean verify(SignedJWT token) throws JOSEException {
        // SecretSignature would verify any HMAC algorithm with the key: only the configured one is accepted
        return JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm()) && signature.verify(token);
    }
}
