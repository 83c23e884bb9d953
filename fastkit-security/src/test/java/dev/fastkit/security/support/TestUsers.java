package dev.fastkit.security.support;

import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserRepository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Users written straight to the users table, for tests of the token machinery that need a real user row but no
 * password (the stored hash matches no password).
 */
public final class TestUsers {

    private static final String UNMATCHABLE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtaGFzaA$bm90LWEtaGFzaA";

    private TestUsers() {
    }

    /**
     * @param users      the users table
     * @param unitOfWork the unit of work to insert in
     * @return a new user with a unique username, its password changed a second before now (so tokens issued from now
     * on are accepted)
     */
    public static User save(UserRepository users, UnitOfWork unitOfWork) {
        User user = new User();
        user.setUsername(Api.uniqueUsername());
        user.setPasswordHash(UNMATCHABLE_HASH);
        user.setPasswordChangedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
        return unitOfWork.inTransaction(() -> users.save(user));
    }
}
