package dev.fastkit.core.internal.security;

import io.micronaut.core.annotation.Internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Role names as {@code RouteAccess} and {@code OwnershipRule} take and compare them. */
@Internal
public final class RoleNames {

    private RoleNames() {
    }

    /**
     * @param what  the declaration, for the message
     * @param roles role names, at least one
     * @return them as an immutable set
     * @throws IllegalArgumentException if no role is given, or one is {@code null} or blank
     */
    public static Set<String> of(String what, String... roles) {
        Objects.requireNonNull(roles, "roles");
        if (roles.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one role");
        }
        Set<String> named = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null || role.isBlank()) {
                throw new IllegalArgumentException(what + ": a role must not be null or blank");
            }
            named.add(role);
        }
        return Set.copyOf(named);
    }

    /**
     * @param held   a principal's roles
     * @param wanted the roles asked for
     * @return whether the principal holds any of them
     */
    public static boolean anyHeld(Collection<String> held, Set<String> wanted) {
        for (String role : held) {
            if (wanted.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
