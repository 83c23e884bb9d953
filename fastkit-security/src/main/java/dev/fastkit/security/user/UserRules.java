package dev.fastkit.security.user;

import dev.fastkit.core.error.FieldError;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks usernames and full names against {@link UserRulesConfiguration}. Replace this bean
 * ({@code @Replaces(UserRules.class)}) for rules a pattern cannot express.
 */
@Singleton
public class UserRules {

    private static final int USERNAME_COLUMN_LENGTH = 50;
    private static final int FULL_NAME_COLUMN_LENGTH = 100;

    private final UserRulesConfiguration configuration;
    private final Pattern username;
    private final Pattern fullName;

    /**
     * @param configuration the configured rules
     */
    public UserRules(UserRulesConfiguration configuration) {
        this.configuration = configuration;
        this.username = Pattern.compile(configuration.getUsernamePattern());
        this.fullName = Pattern.compile(configuration.getFullNamePattern());
    }

    /**
     * @param value   a username
     * @param pointer the JSON pointer to report, such as {@code /username}
     * @return the failures, empty when the username is acceptable
     */
    public List<FieldError> checkUsername(String value, String pointer) {
        if (value.length() > USERNAME_COLUMN_LENGTH || !username.matcher(value).matches()) {
            return List.of(new FieldError(pointer, configuration.getUsernameRule()));
        }
        return List.of();
    }

    /**
     * @param value   a full name, or {@code null} (always acceptable: it clears the name)
     * @param pointer the JSON pointer to report, such as {@code /full_name}
     * @return the failures, empty when the full name is acceptable
     */
    public List<FieldError> checkFullName(@Nullable String value, String pointer) {
        if (value == null) {
            return List.of();
        }
        int length = value.codePointCount(0, value.length());
        int max = Math.min(configuration.getFullNameMaxLength(), FULL_NAME_COLUMN_LENGTH);
        if (length > max || !fullName.matcher(value).matches()) {
            return List.of(new FieldError(pointer, configuration.getFullNameRule()));
        }
        return List.of();
    }
}
