package dev.fastkit.security.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user account, the row of table {@code users} (migrations {@code db/fastkit-security/V1__fastkit_users.sql} and
 * {@code V3__fastkit_user_roles.sql}).
 *
 * <p>The password is only ever stored as an Argon2id PHC string ({@code $argon2id$v=19$m=...}); this entity is never
 * returned to a client: controllers answer {@link UserRead}.
 */
@MappedEntity("users")
public class User {

    @Id
    @AutoPopulated
    private UUID id;
    private String username;
    private String passwordHash;
    @Nullable
    private String fullName;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;
    private Instant passwordChangedAt;
    @TypeDef(type = DataType.STRING_ARRAY)
    private List<String> roles = List.of();

    /** @return the user id, also the principal name of the user's access tokens */
    public UUID getId() {
        return id;
    }

    /** @param id the user id */
    public void setId(UUID id) {
        this.id = id;
    }

    /** @return the username, unique regardless of case */
    public String getUsername() {
        return username;
    }

    /** @param username the username */
    public void setUsername(String username) {
        this.username = username;
    }

    /** @return the Argon2id hash of the password, in PHC string form */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** @param passwordHash the Argon2id hash of the password, in PHC string form */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** @return the full name, or {@code null} */
    public @Nullable String getFullName() {
        return fullName;
    }

    /** @param fullName the full name, or {@code null} */
    public void setFullName(@Nullable String fullName) {
        this.fullName = fullName;
    }

    /** @return when the account was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the account was created */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the account last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the account last changed */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return the optimistic-lock version, the source of the {@code ETag} */
    public Long getVersion() {
        return version;
    }

    /** @param version the optimistic-lock version */
    public void setVersion(Long version) {
        this.version = version;
    }

    /**
     * @return the instant from which access tokens are accepted: tokens whose {@code iat} (whole seconds) lies before
     * it were issued before the last password change and are refused
     */
    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** @param passwordChangedAt the instant from which access tokens are accepted */
    public void setPasswordChangedAt(Instant passwordChangedAt) {
        this.passwordChangedAt = passwordChangedAt;
    }

    /**
     * @return the user's roles ({@code Authentication.getRoles()} of its requests, the access token's {@code roles}
     * claim); granted by the service ({@link UserAccountService#replaceRoles}), never by a client; empty by default
     */
    public List<String> getRoles() {
        return roles;
    }

    /** @param roles the user's roles; {@code null} for none */
    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
