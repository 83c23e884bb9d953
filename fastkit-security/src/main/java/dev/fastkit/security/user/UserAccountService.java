package dev.fastkit.security.user;

import dev.fastkit.core.error.ConflictException;
import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.internal.invalidation.InvalidationPublisher;
import dev.fastkit.core.schema.BindingMode;
import dev.fastkit.core.schema.SchemaBinder;
import dev.fastkit.core.service.IfMatch;
import dev.fastkit.core.service.StoredResource;
import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.internal.password.PasswordHasher;
import dev.fastkit.security.internal.refresh.RefreshTokenService;
import dev.fastkit.security.internal.token.PrincipalCache;
import dev.fastkit.security.password.PasswordPolicy;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * User accounts: creation (for signup and register) and the caller's own profile ({@code /users/me}): read, full
 * update, merge-patch update with password change, and deletion. Every write runs in one {@link UnitOfWork}; bodies
 * are bound strictly by {@link SchemaBinder} and checked by {@link UserRules} and {@link PasswordPolicy} before anything
 * is written (422 with JSON pointers). A username taken regardless of case is a 409.
 */
@Singleton
public class UserAccountService {

    private final UserRepository users;
    private final SchemaBinder binder;
    private final UnitOfWork unitOfWork;
    private final UserRules rules;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final RefreshTokenService refreshTokens;
    private final PrincipalCache principals;
    private final InvalidationPublisher invalidations;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param users          the users table
     * @param binder         strict JSON binding
     * @param unitOfWork     the transaction runner
     * @param rules          username and full-name rules
     * @param passwordPolicy password rules
     * @param hasher         Argon2id hashing
     * @param refreshTokens  refresh-token revocation
     * @param principals     the token-holder cache to evict
     * @param invalidations  tells the other instances to evict too
     */
    public UserAccountService(UserRepository users, SchemaBinder binder, UnitOfWork unitOfWork, UserRules rules,
                              PasswordPolicy passwordPolicy, PasswordHasher hasher, RefreshTokenService refreshTokens,
                              PrincipalCache principals, InvalidationPublisher invalidations) {
        this.users = users;
        this.binder = binder;
        this.unitOfWork = unitOfWork;
        this.rules = rules;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.principals = principals;
        this.invalidations = invalidations;
    }

    /**
     * Binds and checks a {@link UserCreate} body.
     *
     * @param body the request body
     * @return the valid schema
     * @throws UnprocessableContentException (422) listing every failure
     */
    public UserCreate bindCreate(JsonNode body) {
        UserCreate schema = binder.bind(body, UserCreate.class, BindingMode.OPTIONAL_KEYS);
        List<FieldError> errors = new ArrayList<>(rules.checkUsername(schema.username(), "/username"));
        errors.addAll(passwordPolicy.check(schema.password(), "/password"));
        errors.addAll(rules.checkFullName(schema.fullName(), "/full_name"));
        throwIfAny(errors);
        return schema;
    }

    /**
     * Creates an account; joins the caller's unit of work if one is running. The password is hashed first, outside
     * any transaction.
     *
     * @param schema a valid create schema
     * @return the stored user
     * @throws ConflictException (409) if the username is taken regardless of case, also when two signups race
     */
    public User create(UserCreate schema) {
        String hash = hasher.hash(schema.password());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        User user = new User();
        user.setUsername(schema.username());
        user.setFullName(schema.fullName());
        user.setPasswordHash(hash);
        user.setPasswordChangedAt(now);
        return usernameConflictAware(() -> unitOfWork.inTransaction(() -> {
            requireFreeUsername(schema.username(), null);
            return users.save(user);
        }));
    }

    /**
     * @param userId the caller's id
     * @return the caller's account
     * @throws ResourceNotFoundException (404) if it no longer exists
     */
    public StoredResource<UserRead> read(UUID userId) {
        return stored(unitOfWork.read(() -> existing(userId)));
    }

    /**
     * {@code PUT /users/me}: replaces username and full name; both keys required.
     *
     * @param userId  the caller's id
     * @param body    a {@link UserUpdateFull} body
     * @param ifMatch the client's precondition
     * @return the updated account
     */
    public StoredResource<UserRead> replace(UUID userId, JsonNode body, IfMatch ifMatch) {
        UserUpdateFull schema = binder.bind(body, UserUpdateFull.class, BindingMode.ALL_KEYS);
        List<FieldError> errors = new ArrayList<>(rules.checkUsername(schema.username(), "/username"));
        errors.addAll(rules.checkFullName(schema.fullName(), "/full_name"));
        throwIfAny(errors);
        return update(userId, ifMatch, user -> {
            user.setUsername(schema.username());
            user.setFullName(schema.fullName());
        }, null);
    }

    /**
     * {@code PATCH /users/me}: a JSON Merge Patch of {@link UserUpdatePartial}. A password change needs the right
     * {@code current_password} (422 otherwise, nothing changed) and revokes every refresh token of the user; access
     * tokens issued before it stop working.
     *
     * @param userId  the caller's id
     * @param body    the merge patch
     * @param ifMatch the client's precondition
     * @return the updated account
     */
    public StoredResource<UserRead> patch(UUID userId, JsonNode body, IfMatch ifMatch) {
        UserUpdatePartial schema = binder.bind(body, UserUpdatePartial.class, BindingMode.OPTIONAL_KEYS);
        boolean sendsUsername = body.get("username") != null;
        boolean sendsFullName = body.get("full_name") != null;
        List<FieldError> errors = new ArrayList<>();
        if (sendsUsername) {
            errors.addAll(schema.username() == null ? List.of(new FieldError("/username", "must not be null"))
                    : rules.checkUsername(schema.username(), "/username"));
        }
        if (sendsFullName) {
            errors.addAll(rules.checkFullName(schema.fullName(), "/full_name"));
        }
        if (schema.password() != null) {
            errors.addAll(passwordPolicy.check(schema.password(), "/password"));
            if (schema.currentPassword() == null) {
                errors.add(new FieldError("/current_password", "is required to change the password"));
            }
        } else if (body.get("password") != null) {
            errors.add(new FieldError("/password", "must not be null"));
        } else if (schema.currentPassword() != null) {
            errors.add(new FieldError("/password", "is required with current_password"));
        }
        throwIfAny(errors);
        String newHash = schema.password() == null ? null : changedPasswordHash(userId, schema);
        return update(userId, ifMatch, user -> {
            if (sendsUsername) {
                user.setUsername(schema.username());
            }
            if (sendsFullName) {
                user.setFullName(schema.fullName());
            }
        }, newHash);
    }

    /**
     * {@code DELETE /users/me}: deletes the account and its refresh tokens in one unit of work; rows of other tables
     * that reference {@code users(id)} with {@code ON DELETE CASCADE} go with it. Its access tokens then answer 401.
     *
     * @param userId  the caller's id
     * @param ifMatch the client's precondition
     */
    public void delete(UUID userId, IfMatch ifMatch) {
        unitOfWork.useTransaction(() -> {
            User user = existing(userId);
            ifMatch.check(user.getVersion());
            refreshTokens.deleteAll(userId);
            users.delete(user);
            forgetPrincipal(userId);
        });
    }

    /**
     * Replaces a user's roles: for the service's own code (an admin tool, a migration), never bound from a client's
     * body; no route of FastKit calls it. Runs in one unit of work, joining the caller's. Roles taken away no longer
     * count for the user's requests once it commits, on every instance (the principal caches forget the user), even with
     * access tokens issued before; roles granted count from the user's next access token (login or refresh).
     *
     * @param userId the user
     * @param roles  the user's roles from now on, such as {@code List.of("admin")}; empty for none
     * @throws ResourceNotFoundException (404) if the user does not exist
     * @throws IllegalArgumentException  if a role is {@code null} or blank
     */
    public void replaceRoles(UUID userId, Collection<String> roles) {
        List<String> named = new ArrayList<>(new LinkedHashSet<>(roles));
        if (named.stream().anyMatch(role -> role == null || role.isBlank())) {
            throw new IllegalArgumentException("a role must not be null or blank");
        }
        unitOfWork.useTransaction(() -> {
            User user = existing(userId);
            user.setRoles(named);
            users.update(user);
            forgetPrincipal(userId);
        });
    }

    private String changedPasswordHash(UUID userId, UserUpdatePartial schema) {
        User current = unitOfWork.read(() -> existing(userId));
        if (!hasher.verify(schema.currentPassword(), current.getPasswordHash()).matches()) {
            throw UnprocessableContentException.of("/current_password", "is not the current password");
        }
        return hasher.hash(schema.password());
    }

    private StoredResource<UserRead> update(UUID userId, IfMatch ifMatch, Consumer<User> change,
                                            String newPasswordHash) {
        return stored(usernameConflictAware(() -> unitOfWork.inTransaction(() -> {
            User user = existing(userId);
            ifMatch.check(user.getVersion());
            String oldUsername = user.getUsername();
            change.accept(user);
            if (!user.getUsername().equalsIgnoreCase(oldUsername)) {
                requireFreeUsername(user.getUsername(), userId);
            }
            if (newPasswordHash != null) {
                user.setPasswordHash(newPasswordHash);
                user.setPasswordChangedAt(clock.instant());
                refreshTokens.revokeAll(userId);
            }
            User saved = users.update(user);
            if (newPasswordHash != null || !saved.getUsername().equals(oldUsername)) {
                forgetPrincipal(userId);
            }
            return saved;
        })));
    }

    /**
     * Inside the unit of work: evicts the user here now and again after the commit (a lookup may have cached the old
     * row meanwhile), and publishes {@code principal:<id>} so every other instance evicts it when the write commits.
     */
    private void forgetPrincipal(UUID userId) {
        principals.invalidate(userId);
        invalidations.publish(PrincipalCache.TOPIC, userId);
        unitOfWork.afterCommit(() -> principals.invalidate(userId));
    }

    private User existing(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new ResourceNotFoundException("No such user."));
    }

    private void requireFreeUsername(String username, UUID self) {
        users.findByUsernameIgnoringCase(username)
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw usernameTaken(null);
                });
    }

    private static <T> T usernameConflictAware(Supplier<T> work) {
        try {
            return work.get();
        } catch (ConflictException conflict) {
            throw usernameTaken(conflict);
        }
    }

    private static ConflictException usernameTaken(Throwable cause) {
        return new ConflictException("The username is already taken.", cause);
    }

    private static StoredResource<UserRead> stored(User user) {
        return new StoredResource<>(user.getId(), UserRead.of(user), user.getVersion());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
    }
}
