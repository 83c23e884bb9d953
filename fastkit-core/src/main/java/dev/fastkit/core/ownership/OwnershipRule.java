package dev.fastkit.core.ownership;

import dev.fastkit.core.internal.security.RoleNames;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who reaches which rows of an owned resource (one with an {@link Owner}), beyond "each principal its own": a
 * controller declares it in {@code BaseController.ownership()}, such as
 * <pre>{@code
 * @Override
 * protected OwnershipRule ownership() {
 *     return OwnershipRule.owner().readableByRole("admin");
 * }
 * }</pre>
 * A principal with one of the reader roles reads every owner's rows: {@code GET} one (with its includes) and the
 * list, whose filters, count and cursors then span every owner. Writes ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) stay the owner's: another owner's row answers 404 to them as to anyone, and a create fills the
 * caller as owner. On a resource without an owner the rule changes nothing. Immutable.
 */
public final class OwnershipRule {

    private static final OwnershipRule OWNER = new OwnershipRule(Set.of());

    private final Set<String> readerRoles;

    private OwnershipRule(Set<String> readerRoles) {
        this.readerRoles = readerRoles;
    }

    /** @return the default rule: every principal reads and writes only its own rows */
    public static OwnershipRule owner() {
        return OWNER;
    }

    /**
     * @param roles roles whose principals read every owner's rows, at least one
     * @return this rule with those reader roles added
     * @throws IllegalArgumentException if no role is given, or one is {@code null} or blank
     */
    public OwnershipRule readableByRole(String... roles) {
        Set<String> all = new LinkedHashSet<>(readerRoles);
        all.addAll(RoleNames.of("readableByRole", roles));
        return new OwnershipRule(Set.copyOf(all));
    }

    /** @return the roles whose principals read every owner's rows; empty for {@link #owner()} */
    public Set<String> readerRoles() {
        return readerRoles;
    }

    /**
     * @param principalRoles the caller's roles
     * @return whether the caller reads every owner's rows
     */
    public boolean readsEveryOwner(Collection<String> principalRoles) {
        return RoleNames.anyHeld(principalRoles, readerRoles);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnershipRule rule && rule.readerRoles.equals(readerRoles);
    }

    @Override
    public int hashCode() {
        return readerRoles.hashCode();
    }

    @Override
    public String toString() {
        return readerRoles.isEmpty() ? "owner" : "owner, readable by " + readerRoles;
    }
}
