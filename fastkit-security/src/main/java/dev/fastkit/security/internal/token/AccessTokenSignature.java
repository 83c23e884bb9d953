package dev.fastkit.security.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.security.token.AccessTokenConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Feeds {@code fastkit.security.jwt.secret} to micronaut-security-jwt as its only signature: the one access tokens are
 * signed with (the bean named {@code generator}) and the only one a token may be verified with, so {@code alg: none},
 * other algorithms (HS512, RS256, ...) and other keys are all refused. It delegates to micronaut-security-jwt's
 * {@link SecretSignature} (HS256, RFC 7518).
 *
 * <p>The secret: a configured one must be at least 256 bits (32 bytes of UTF-8), in every environment. Without one,
 * the {@code prod} environment refuses to start; every other environment (development, {@code test}) signs with 256
 * random bits drawn for this application context (one per process in a running service) and logs one WARN line:
 * its tokens do not survive a restart, and two instances do not accept each other's tokens.
 *
 * <p>Created eagerly, so a refusal is a startup failure whose message names {@code FASTKIT_SECURITY_JWT_SECRET}.
 */
@Internal
@Context
@Named("generator")
public class AccessTokenSignature implements SignatureGeneratorConfiguration {

    /** The environment that must be given a secret. */
    static final String PRODUCTION = "prod";

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenSignature.class);
    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final int RANDOM_SECRET_BYTES = 32;

    private final SecretSignature signature;

    /**
     * @param configuration the secret
     * @param environment   the active environments: {@code prod} needs a configured secret
     * @throws IllegalStateException if the secret is shorter than 32 bytes, or missing in the {@code prod} environment
     */
    public AccessTokenSignature(AccessTokenConfiguration configuration, Environment environment) {
        SecretSignatureConfiguration settings = new SecretSignatureConfiguration("generator");
        settings.setSecret(secret(configuration.getSecret(), environment));
        settings.setJwsAlgorithm(JWSAlgorithm.HS256);
        this.signature = new SecretSignature(settings);
    }

    private static String secret(@Nullable String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            if (environment.getActiveNames().contains(PRODUCTION)) {
                throw new IllegalStateException("The prod environment needs a signing secret: set "
                        + "FASTKIT_SECURITY_JWT_SECRET (fastkit.security.jwt.secret) to at least 32 random bytes, "
                        + "e.g. the output of: openssl rand -base64 48");
            }
            LOG.warn("fastkit.security.jwt.secret is not set: access tokens are signed with a random secret of this "
                    + "process and do not survive a restart; set FASTKIT_SECURITY_JWT_SECRET to keep them valid");
            return randomSecret();
        }
        if (configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("fastkit.security.jwt.secret (FASTKIT_SECURITY_JWT_SECRET) is shorter than "
                    + "256 bits: set it to at least 32 random bytes, e.g. the output of: openssl rand -base64 48");
        }
        return configured;
    }

    private static String randomSecret() {
        byte[] secret = new byte[RANDOM_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
