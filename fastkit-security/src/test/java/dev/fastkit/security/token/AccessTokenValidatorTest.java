package dev.fastkit.security.token;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens are validated by FastKit's validator alone: micronaut-security-jwt's own one would run every
 * validation on the blocking executor, and a second validator would accept what the first refuses. The forged-token
 * behaviour itself is covered by {@code AccessTokenForgeryTest}.
 */
@MicronautTest(transactional = false)
class AccessTokenValidatorTest {

    @Inject
    ApplicationContext context;

    @Test
    void shouldBeTheOnlyTokenValidator() {
        assertThat(context.getBeansOfType(TokenValidator.class))
                .singleElement()
                .isInstanceOf(AccessTokenValidator.class);
    }
}
