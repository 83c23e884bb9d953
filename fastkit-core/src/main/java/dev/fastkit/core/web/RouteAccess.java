package dev.fastkit.core.web;

import dev.fastkit.core.internal.security.RoleNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Objects;
import java.util.Set;

/**
 * Who may call one generated route of a {@link BaseController}, as its {@link BaseController#access(CrudRoute)}
 * declares it:
 * <table>
 *     <caption>Kinds of access</caption>
 *     <tr><th>access</th><th>without credentials</th><th>authenticated</th></tr>
 *     <tr><td>{@link #authenticated()} (the default)</td><td>401</td><td>the route runs</td></tr>
 *     <tr><td>{@link #anyRole(String...)}</td><td>401</td><td>the route runs for a principal with one of the roles
 *     ({@link Authentication#getRoles()}), 403 for any other</td></tr>
 *     <tr><td>{@link #anonymous()}</td><td>the route runs with no principal</td><td>the route runs</td></tr>
 * </table>
 * 401 and 403 are problem answers ({@code application/problem+json}); 401 carries {@code WWW-Authenticate: Bearer}
 * where fastkit-security answers it.
 *
 * <p>Anonymous access is for resources whose rows are not owned: a resource with an
 * {@link dev.fastkit.core.ownership.Owner} (or under an owned parent) that declares an anonymous route is refused when
 * the service starts, since an anonymous caller has no rows of its own and would otherwise be scoped to none or all.
 */
public final class RouteAccess {

    private static final RouteAccess AUTHENTICATED = new RouteAccess(false, Set.of());
    private static final RouteAccess ANONYMOUS = new RouteAccess(true, Set.of());

    private final boolean anonymous;
    private final Set<String> roles;

    private RouteAccess(boolean anonymous, Set<String> roles) {
        this.anonymous = anonymous;
        this.roles = roles;
    }

    /** @return access for any authenticated principal: 401 without credentials */
    public static RouteAccess authenticated() {
        return AUTHENTICATED;
    }

    /** @return access for everyone, with or without credentials */
    public static RouteAccess anonymous() {
        return ANONYMOUS;
    }

    /**
     * @param roles the roles that allow the route, at least one; a principal needs any one of them
     * @return access for authenticated principals with one of {@code roles}: 401 without credentials, 403 without
     *         the role
     * @throws IllegalArgumentException if no role is given, or one is {@code null} or blank
     */
    public static RouteAccess anyRole(String... roles) {
        return new RouteAccess(false, RoleNames.of("anyRole", roles));
    }

    /** @return whether the route runs without credentials */
    public boolean isAnonymous() {
        return anonymous;
    }

    /** @return the roles of which a principal needs one; empty when any authenticated principal (or anyone) may call */
    public Set<String> roles() {
        return roles;
    }

    /**
     * @param authentication the caller's authentication, or {@code null} without credentials
     * @return whether this access lets the caller in
     */
    public boolean allows(@Nullable Authentication authentication) {
        if (anonymous) {
            return true;
        }
        if (authentication == null) {
            return false;
        }
        return roles.isEmpty() || RoleNames.anyHeld(authentication.getRoles(), roles);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteAccess access && access.anonymous == anonymous && access.roles.equals(roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(anonymous, roles);
    }

    @Override
    public String toString() {
        return anonymous ? "anonymous" : roles.isEmpty() ? "authenticated" : "anyRole" + roles;
    }
}
