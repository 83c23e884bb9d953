package dev.fastkit.security.user;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The rules for usernames and full names, {@code fastkit.security.users.*}. The defaults are those of the example's
 * contract: usernames of 3 to 50 ASCII letters and digits; full names of up to 100 letters of any script, hyphens,
 * apostrophes and single spaces between words.
 */
@ConfigurationProperties("fastkit.security.users")
public class UserRulesConfiguration {

    private String usernamePattern = "[A-Za-z0-9]{3,50}";
    private String usernameRule = "must be 3 to 50 letters (A-Z, a-z) and digits";
    private String fullNamePattern = "[\\p{L}\\p{M}'\u2019-]+( [\\p{L}\\p{M}'\u2019-]+)*";
    private int fullNameMaxLength = 100;
    private String fullNameRule = "must be up to 100 letters, hyphens, apostrophes and single spaces between words";

    /**
     * @return {@code fastkit.security.users.username-pattern}: the regular expression (Java syntax, whole value) a
     * username must match; at most 50 characters fit the column. Default {@code [A-Za-z0-9]{3,50}}
     */
    public String getUsernamePattern() {
        return usernamePattern;
    }

    /** @param usernamePattern the regular expression a username must match */
    public void setUsernamePattern(String usernamePattern) {
        this.usernamePattern = usernamePattern;
    }

    /** @return {@code fastkit.security.users.username-rule}: the 422 detail for a username that does not match */
    public String getUsernameRule() {
        return usernameRule;
    }

    /** @param usernameRule the 422 detail for a username that does not match */
    public void setUsernameRule(String usernameRule) {
        this.usernameRule = usernameRule;
    }

    /**
     * @return {@code fastkit.security.users.full-name-pattern}: the regular expression a full name must match.
     * Default: words of letters (any script, with combining marks), hyphens and apostrophes, separated by single
     * spaces
     */
    public String getFullNamePattern() {
        return fullNamePattern;
    }

    /** @param fullNamePattern the regular expression a full name must match */
    public void setFullNamePattern(String fullNamePattern) {
        this.fullNamePattern = fullNamePattern;
    }

    /** @return {@code fastkit.security.users.full-name-max-length}: the most characters (code points), default 100 */
    public int getFullNameMaxLength() {
        return fullNameMaxLength;
    }

    /** @param fullNameMaxLength the most characters of a full name, at most 100 (the column) */
    public void setFullNameMaxLength(int fullNameMaxLength) {
        this.fullNameMaxLength = fullNameMaxLength;
    }

    /** @return {@code fastkit.security.users.full-name-rule}: the 422 detail for a full name that breaks the rules */
    public String getFullNameRule() {
        return fullNameRule;
    }

    /** @param fullNameRule the 422 detail for a full name that breaks the rules */
    public void setFullNameRule(String fullNameRule) {
        this.fullNameRule = fullNameRule;
    }
}
