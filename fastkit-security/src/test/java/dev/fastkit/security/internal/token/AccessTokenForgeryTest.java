package dev.fastkit.security.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fastkit.security.jwt.secret", value = AccessTokenForgeryTest.SECRET)
class AccessTokenForgeryTest {

    /** This test's own signing secret, so that it can build tokens the server accepts. */
    static final String SECRET = "forgery-test-secret-known-to-this-test-only-0123456789";

    @Inject
    Api api;

    Api.Session session;
    String userId;

    @BeforeEach
    void signUp() {
        session = api.newSession();
        userId = api.get("/users/me", "Authorization", session.authorization()).string("id");
    }

    @Test
    void shouldAcceptATokenBuiltLikeTheServerDoes() throws JOSEException {
        // proves the forging helpers below produce otherwise valid tokens, so each refusal is about one defect
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET, claims().build()))).isEqualTo(200);
    }

    @Test
    void shouldRefuseAlgNone() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64(claims().build().toString());
        assertThat(status(header + "." + payload + ".")).isEqualTo(401);
        assertThat(status(header + "." + payload)).isEqualTo(401);
    }

    @Test
    void shouldRefuseHs256SignedWithAGuessedKey() throws JOSEException {
        assertThat(status(sign(JWSAlgorithm.HS256, "secretsecretsecretsecretsecretsecret", claims().build()))).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnotherAlgorithmEvenWithTheRightKey() throws JOSEException {
        assertThat(status(sign(JWSAlgorithm.HS384, SECRET, claims().build()))).isEqualTo(401);
    }

    @Test
    void shouldRefuseATamperedPayload() {
        Api.Session other = api.newSession();
        String otherId = api.get("/users/me", "Authorization", other.authorization()).string("id");
        String[] parts = session.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(userId, otherId);

        assertThat(status(parts[0] + "." + base64(payload) + "." + parts[2])).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnExpiredToken() throws JOSEException {
        Instant past = Instant.now().minusSeconds(3600);
        JWTClaimsSet expired = claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))).build();
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET, expired))).isEqualTo(401);
    }

    @Test
    void shouldRefuseAWrongOrMissingTokenType() throws JOSEException {
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET,
                claims().claim("token_type", "refresh").build()))).isEqualTo(401);
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET,
                claims().claim("token_type", null).build()))).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnotherIssuerOrASubjectThatIsNoUser() throws JOSEException {
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET, claims().issuer("evil").build()))).isEqualTo(401);
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET, claims().subject("admin").build()))).isEqualTo(401);
        assertThat(status(sign(JWSAlgorithm.HS256, SECRET,
                claims().subject(UUID.randomUUID().toString()).build()))).isEqualTo(401);
    }

    @Test
    void shouldCarryTheContractClaims() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(session.accessToken()).getJWTClaimsSet();

        assertThat(SignedJWT.parse(session.accessToken()).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getIssuer()).isEqualTo("fastkit");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("token_type")).isEqualTo("access");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
        assertThat(SignedJWT.parse(api.newSession().accessToken()).getJWTClaimsSet().getJWTID()).isNotEqualTo(claims.getJWTID());
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("fastkit").subject(userId).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).jwtID(UUID.randomUUID().toString())
                .claim("token_type", "access");
    }

    private static String sign(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private int status(String token) {
        ApiResponse response = api.get("/auth/protected", "Authorization", Api.bearer(token));
        if (response.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
        }
        return response.status();
    }
}
