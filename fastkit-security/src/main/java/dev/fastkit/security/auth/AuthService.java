package dev.fastkit.security.auth;

import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.error.UnauthorizedException;
import dev.fastkit.security.internal.password.PasswordHasher;
import dev.fastkit.security.internal.password.PasswordVerification;
import dev.fastkit.security.internal.refresh.RefreshTokenService;
import dev.fastkit.security.internal.token.AccessTokenAuthenticationFactory;
import dev.fastkit.security.token.AccessTokenIssuer;
import dev.fastkit.security.token.TokenHolder;
import dev.fastkit.security.user.User;
import dev.fastkit.security.user.UserAccountService;
import dev.fastkit.security.user.UserCreate;
import dev.fastkit.security.user.UserRead;
import dev.fastkit.security.user.UserRepository;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signup, register, login, refresh and logout: everything the auth routes do, so a controller only maps HTTP.
 *
 * <p>Login answers the same {@link UnauthorizedException} (401) for an unknown username and a wrong password, and
 * spends the same Argon2 work on both (an unknown user's password is checked against a dummy hash).
 */
@Singleton
public class AuthService {

    /** The only {@code grant_type} the login form accepts. */
    public static final String PASSWORD_GRANT = "password";

    private static final int MAX_CREDENTIAL_LENGTH = 1024;

    private final UserAccountService accounts;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenService refreshTokens;
    private final UnitOfWork unitOfWork;

    /**
     * @param accounts      account creation
     * @param users         the users table
     * @param hasher        Argon2id hashing
     * @param accessTokens  JWT issuing
     * @param refreshTokens refresh-token rotation
     * @param unitOfWork    the transaction runner
     */
    public AuthService(UserAccountService accounts, UserRepository users, PasswordHasher hasher,
                       AccessTokenIssuer accessTokens, RefreshTokenService refreshTokens, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.unitOfWork = unitOfWork;
    }

    /**
     * Creates an account and signs it in: the user is stored, then its first refresh token (a new family).
     *
     * @param body a {@code UserCreate} JSON body
     * @return the access token and the refresh token value
     * @throws UnprocessableContentException (422) for a schema or policy violation
     * @throws dev.fastkit.core.error.ConflictException (409) if the username is taken regardless of case
     */
    public IssuedTokens signup(JsonNode body) {
        UserCreate schema = accounts.bindCreate(body);
        User user = accounts.create(schema);
        return issue(user);
    }

    /**
     * Creates an account without signing it in.
     *
     * @param body a {@code UserCreate} JSON body
     * @return the new user
     */
    public UserRead register(JsonNode body) {
        return UserRead.of(accounts.create(accounts.bindCreate(body)));
    }

    /**
     * Checks a username and password and signs the user in. A correct password whose stored hash uses weaker Argon2
     * parameters than configured is rehashed.
     *
     * @param form the OAuth 2.0 password form
     * @return the access token and the refresh token value
     * @throws UnprocessableContentException (422) if a field is missing or {@code grant_type} is not {@code password}
     * @throws UnauthorizedException         (401) for an unknown username or a wrong password, alike
     */
    public IssuedTokens login(PasswordGrantForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.username() == null || form.username().isEmpty()) {
            errors.add(new FieldError("username", "is required"));
        }
        if (form.password() == null || form.password().isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        }
        if (form.grantType() != null && !PASSWORD_GRANT.equals(form.grantType())) {
            errors.add(new FieldError("grant_type", "must be password"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
        if (form.username().length() > MAX_CREDENTIAL_LENGTH || form.password().length() > MAX_CREDENTIAL_LENGTH) {
            throw badCredentials();
        }
        Optional<User> found = unitOfWork.read(() -> users.findByUsernameIgnoringCase(form.username()));
        if (found.isEmpty()) {
            hasher.verifyAgainstDummy(form.password());
            throw badCredentials();
        }
        User user = found.get();
        PasswordVerification verification = hasher.verify(form.password(), user.getPasswordHash());
        if (!verification.matches()) {
            throw badCredentials();
        }
        if (verification.needsRehash()) {
            String rehashed = hasher.hash(form.password());
            unitOfWork.inTransaction(() -> users.replacePasswordHash(user.getId(), user.getPasswordHash(), rehashed));
        }
        return issue(user);
    }

    /**
     * Exchanges a refresh token for a new access token and a new refresh token (rotation). The access token carries
     * the user's roles as they are now.
     *
     * @param refreshToken the cookie's value, or {@code null} when there was none
     * @return the access token and the successor refresh token value
     * @throws UnauthorizedException (401) if the cookie is missing, unknown, expired, revoked or already used
     */
    public IssuedTokens refresh(String refreshToken) {
        if (refreshToken == null) {
            throw new UnauthorizedException("The refresh cookie is missing; sign in again.");
        }
        RefreshTokenService.Rotation rotation = refreshTokens.rotate(refreshToken);
        List<String> roles = unitOfWork.read(() -> users.findById(rotation.userId())).map(User::getRoles)
                .orElseThrow(() -> new UnauthorizedException("The refresh cookie's user no longer exists; sign up again."));
        return new IssuedTokens(accessTokens.issue(rotation.userId(), roles), rotation.refreshToken());
    }

    /**
     * Revokes the refresh token's family. Idempotent: a missing or unknown token is not an error.
     *
     * @param refreshToken the cookie's value, or {@code null}
     */
    public void logout(String refreshToken) {
        if (refreshToken != null) {
            refreshTokens.revokeFamily(refreshToken);
        }
    }

    /**
     * @param authentication the request's authentication
     * @return its user id and username
     */
    public PrincipalRead principal(Authentication authentication) {
        return new PrincipalRead(authentication.getName(),
                String.valueOf(authentication.getAttributes().get(AccessTokenAuthenticationFactory.USERNAME_ATTRIBUTE)));
    }

    private IssuedTokens issue(User user) {
        waitUntilAccepted(new TokenHolder(user.getId(), "", user.getPasswordChangedAt()));
        String refreshToken = refreshTokens.issue(user.getId());
        return new IssuedTokens(accessTokens.issue(user.getId(), user.getRoles()), refreshToken);
    }

    /**
     * Token times have whole seconds: right after a password change, wait for the next second so the new token's
     * {@code iat} is not mistaken for one issued before the change. Waits at most one second, only then.
     */
    private static void waitUntilAccepted(TokenHolder holder) {
        while (!holder.accepts(Instant.now().getEpochSecond())) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static UnauthorizedException badCredentials() {
        return new UnauthorizedException("The username or password is wrong.");
    }
}
