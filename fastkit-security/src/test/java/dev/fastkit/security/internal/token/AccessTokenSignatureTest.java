package dev.fastkit.security.internal.token;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fastkit.security.token.AccessTokenConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenSignatureTest {

    @Test
    void shouldSignWithARandomSecretPerContextWhenNoneIsConfigured() throws JOSEException {
        try (ApplicationContext first = testContext(); ApplicationContext second = testContext()) {
            AccessTokenSignature firstSignature = first.getBean(AccessTokenSignature.class);
            AccessTokenSignature secondSignature = second.getBean(AccessTokenSignature.class);

            SignedJWT token = firstSignature.sign(new JWTClaimsSet.Builder().subject("someone").build());

            assertThat(firstSignature.verify(token)).isTrue();
            assertThat(secondSignature.verify(token)).isFalse();
        }
    }

    @Test
    void shouldWarnOnceThatTokensDoNotSurviveARestart() {
        Logger logger = (Logger) LoggerFactory.getLogger(AccessTokenSignature.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try (ApplicationContext context = environmentOnly("test")) {
            new AccessTokenSignature(new AccessTokenConfiguration(), context.getEnvironment());
        } finally {
            logger.detachAppender(events);
        }

        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("do not survive a restart", "FASTKIT_SECURITY_JWT_SECRET");
        });
    }

    @Test
    void shouldRefuseASecretUnder256BitsInEveryEnvironment() {
        try (ApplicationContext context = environmentOnly("test")) {
            AccessTokenConfiguration configuration = new AccessTokenConfiguration();
            configuration.setSecret("0123456789abcdef0123456789abcde");
            assertThatThrownBy(() -> new AccessTokenSignature(configuration, context.getEnvironment()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("FASTKIT_SECURITY_JWT_SECRET");
            configuration.setSecret("0123456789abcdef0123456789abcdef");
            assertThat(new AccessTokenSignature(configuration, context.getEnvironment())).isNotNull();
        }
    }

    @Test
    void shouldRefuseTheProdEnvironmentWithoutASecret() {
        try (ApplicationContext context = environmentOnly("prod")) {
            assertThatThrownBy(() -> new AccessTokenSignature(new AccessTokenConfiguration(), context.getEnvironment()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("prod environment").hasMessageContaining("FASTKIT_SECURITY_JWT_SECRET");
        }
    }

    private static ApplicationContext testContext() {
        return ApplicationContext.builder().environments("test").deduceEnvironment(false).start();
    }

    private static ApplicationContext environmentOnly(String environment) {
        ApplicationContext context = ApplicationContext.builder().environments(environment).deduceEnvironment(false)
                .build();
        Environment started = context.getEnvironment().start();
        assertThat(started.getActiveNames()).containsExactly(environment);
        return context;
    }
}
