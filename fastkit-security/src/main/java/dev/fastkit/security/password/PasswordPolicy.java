package dev.fastkit.security.password;

import dev.fastkit.core.error.FieldError;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a new password is acceptable, by {@link PasswordPolicyConfiguration}. Replace this bean
 * ({@code @Replaces(PasswordPolicy.class)}) for other rules, such as a breached-password service.
 */
@Singleton
public class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final PasswordPolicyConfiguration configuration;
    private final Set<String> commonPasswords;

    /**
     * @param configuration the configured policy
     */
    public PasswordPolicy(PasswordPolicyConfiguration configuration) {
        this.configuration = configuration;
        this.commonPasswords = configuration.isBlockCommonPasswords() ? loadCommonPasswords() : Set.of();
    }

    /**
     * @param password a proposed password
     * @param pointer  the JSON pointer to report, such as {@code /password}
     * @return one failure per broken rule, empty when the password is acceptable
     */
    public List<FieldError> check(String password, String pointer) {
        List<FieldError> errors = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < configuration.getMinLength() || length > configuration.getMaxLength()) {
            errors.add(new FieldError(pointer, "must be " + configuration.getMinLength() + " to "
                    + configuration.getMaxLength() + " characters long"));
        }
        if (configuration.isRequireUppercase() && password.codePoints().noneMatch(Character::isUpperCase)) {
            errors.add(new FieldError(pointer, "must contain an upper-case letter"));
        }
        if (configuration.isRequireLowercase() && password.codePoints().noneMatch(Character::isLowerCase)) {
            errors.add(new FieldError(pointer, "must contain a lower-case letter"));
        }
        if (configuration.isRequireDigit() && password.codePoints().noneMatch(Character::isDigit)) {
            errors.add(new FieldError(pointer, "must contain a digit"));
        }
        if (configuration.isRequireSymbol() && password.codePoints().noneMatch(PasswordPolicy::isSymbol)) {
            errors.add(new FieldError(pointer, "must contain a symbol (neither letter, digit nor space)"));
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(pointer, "is too common; choose another"));
        }
        return errors;
    }

    private static boolean isSymbol(int codePoint) {
        return !Character.isLetterOrDigit(codePoint) && !Character.isWhitespace(codePoint);
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
