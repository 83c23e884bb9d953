package dev.fastkit.security.user;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.Optional;
import java.util.UUID;

/**
 * The users table. Usernames are compared regardless of case, using the {@code users_username_lower_key} index.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends BaseRepository<User, UUID> {

    /**
     * @param username a username in any case
     * @return the user with that username regardless of case
     */
    @Query("SELECT * FROM users WHERE lower(username) = lower(:username)")
    Optional<User> findByUsernameIgnoringCase(String username);

    /**
     * Replaces a password hash without touching the version or the password-change instant: used to rehash a correct
     * password with raised Argon2 parameters on login.
     *
     * @param id      the user id
     * @param oldHash the hash that was verified
     * @param newHash the new hash of the same password
     * @return 1 when replaced, 0 when the hash had changed meanwhile
     */
    @Query("UPDATE users SET password_hash = :newHash WHERE id = :id AND password_hash = :oldHash")
    long replacePasswordHash(UUID id, String oldHash, String newHash);
}
