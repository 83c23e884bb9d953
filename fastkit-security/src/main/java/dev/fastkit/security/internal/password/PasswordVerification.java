package dev.fastkit.security.internal.password;

import io.micronaut.core.annotation.Internal;

/**
 * The outcome of checking a password against a stored hash.
 *
 * @param matches     whether the password is the right one
 * @param needsRehash whether the stored hash uses weaker parameters than configured now (only meaningful when
 *                    {@code matches})
 */
@Internal
public record PasswordVerification(boolean matches, boolean needsRehash) {
}
