package dev.fastkit.security.password;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void shouldFollowAsvsByDefaultWithoutCompositionRules() {
        PasswordPolicy policy = new PasswordPolicy(new PasswordPolicyConfiguration());

        assertThat(policy.check("correct horse battery", "/password")).isEmpty();
        assertThat(policy.check("abcdefgh", "/password")).as("8 characters, no composition").isEmpty();
        assertThat(policy.check("a".repeat(64) + "bcd", "/password")).as("at least 64 allowed").isEmpty();
        assertThat(policy.check("short", "/password")).hasSize(1);
        assertThat(policy.check("Password123", "/password")).as("common").hasSize(1);
        assertThat(policy.check("qwerty123", "/password")).as("common").hasSize(1);
    }

    @Test
    void shouldApplyConfiguredCompositionRules() {
        PasswordPolicyConfiguration configuration = new PasswordPolicyConfiguration();
        configuration.setMaxLength(25);
        configuration.setRequireUppercase(true);
        configuration.setRequireLowercase(true);
        configuration.setRequireDigit(true);
        configuration.setRequireSymbol(true);
        PasswordPolicy policy = new PasswordPolicy(configuration);

        assertThat(policy.check("Sup3r-secret!", "/password")).isEmpty();
        assertThat(policy.check("sup3r-secret!", "/password")).singleElement()
                .satisfies(error -> assertThat(error.pointer()).isEqualTo("/password"));
        assertThat(policy.check("SUP3R-SECRET!", "/password")).hasSize(1);
        assertThat(policy.check("Super-secret!", "/password")).hasSize(1);
        assertThat(policy.check("Sup3rsecret1", "/password")).hasSize(1);
        assertThat(policy.check("Sup3r-secret!-and-far-too-long", "/password")).hasSize(1);
    }
}
