package dev.fastkit.security.internal.password;

import de.mkammerer.argon2.Argon2Factory;
import dev.fastkit.security.internal.password.PasswordHasher;
import dev.fastkit.security.internal.password.PasswordVerification;
import dev.fastkit.security.password.PasswordHashingConfiguration;
import dev.fastkit.security.support.Api;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs with the production parameters (OWASP minimum): these tests are about hashing strength. */
@MicronautTest(transactional = false)
class PasswordHasherTest {

    @Inject
    PasswordHasher hasher;

    @Inject
    UserRepository users;

    @Inject
    Api api;

    @Test
    void shouldStoreArgon2idPhcStringsAtTheOwaspMinimum() {
        String hash = hasher.hash("Correct-h0rse!");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.hash("Correct-h0rse!")).as("salted").isNotEqualTo(hash);
        assertThat(hasher.verify("Correct-h0rse!", hash)).isEqualTo(new PasswordVerification(true, false));
        assertThat(hasher.verify("Wrong-h0rse!", hash).matches()).isFalse();
        assertThat(hasher.verify("Correct-h0rse!", "not a hash").matches()).isFalse();
    }

    @Test
    void shouldVerifyHashesStoredByEarlierFastKitVersions() {
        // Written by FastKit 0.1's Password4j 1.8.2 hasher: databases of that version must keep working.
        String password4jHash = "$argon2id$v=19$m=19456,t=2,p=1$HECufnDYFcPxk5BBDpRKHw$SjgDEAqRj2SkP+hjlk9DiLgvtj9RWm/VU/v5dhT8ng8";

        assertThat(hasher.verify("Legacy-passw0rd!", password4jHash)).isEqualTo(new PasswordVerification(true, false));
        assertThat(hasher.verify("Legacy-passw0rd?", password4jHash).matches()).isFalse();
    }

    @Test
    void shouldStoreTheSignupPasswordOnlyAsArgon2idHash() {
        String username = Api.uniqueUsername();
        api.signup(username, Api.PASSWORD);

        User user = users.findByUsernameIgnoringCase(username).orElseThrow();

        assertThat(user.getPasswordHash()).startsWith("$argon2id$").doesNotContain(Api.PASSWORD);
    }

    @Test
    void shouldRehashAWeakerStoredHashOnLogin() {
        String username = Api.uniqueUsername();
        api.signup(username, Api.PASSWORD);
        User user = users.findByUsernameIgnoringCase(username).orElseThrow();
        String weak = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32)
                .hash(1, 8192, 1, Api.PASSWORD.toCharArray());
        users.replacePasswordHash(user.getId(), user.getPasswordHash(), weak);
        assertThat(hasher.verify(Api.PASSWORD, weak)).isEqualTo(new PasswordVerification(true, true));

        assertThat(api.login(username, Api.PASSWORD).status()).isEqualTo(200);

        String rehashed = users.findById(user.getId()).orElseThrow().getPasswordHash();
        assertThat(rehashed).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(api.login(username, Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldAskForARehashOfAShorterHashAtTheSameParameters() {
        String shortHash = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 16)
                .hash(2, 19456, 1, Api.PASSWORD.toCharArray());

        assertThat(hasher.verify(Api.PASSWORD, shortHash)).isEqualTo(new PasswordVerification(true, true));
    }

    @Test
    void shouldRefuseParametersBelowTheOwaspMinimum() {
        PasswordHashingConfiguration weak = new PasswordHashingConfiguration();
        weak.setMemoryKib(4096);
        assertThatThrownBy(() -> new PasswordHasher(weak)).isInstanceOf(IllegalStateException.class);
        PasswordHashingConfiguration onePass = new PasswordHashingConfiguration();
        onePass.setIterations(1);
        assertThatThrownBy(() -> new PasswordHasher(onePass)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldHashOnItsOwnBoundedPoolOfNamedThreads() {
        hasher.hash("Any-passw0rd!");

        long hashingThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("fastkit-password-hashing-")).count();
        assertThat(hashingThreads).isBetween(1L, (long) hasher.configuration().getThreads());
    }
}
