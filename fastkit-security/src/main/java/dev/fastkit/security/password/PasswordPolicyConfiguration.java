package dev.fastkit.security.password;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The password policy, {@code fastkit.security.password.policy.*}. The defaults follow OWASP ASVS 5 (V6.2): at least
 * 8 characters, at least 64 allowed (128 by default), no composition rules, and a block list of common passwords.
 * An application may add composition rules, e.g. the example's contract: max-length 25 and all four
 * {@code require-*} flags.
 */
@ConfigurationProperties("fastkit.security.password.policy")
public class PasswordPolicyConfiguration {

    private int minLength = 8;
    private int maxLength = 128;
    private boolean requireUppercase;
    private boolean requireLowercase;
    private boolean requireDigit;
    private boolean requireSymbol;
    private boolean blockCommonPasswords = true;

    /** @return {@code fastkit.security.password.policy.min-length}: fewest characters (code points), default 8 */
    public int getMinLength() {
        return minLength;
    }

    /** @param minLength fewest characters */
    public void setMinLength(int minLength) {
        this.minLength = minLength;
    }

    /** @return {@code fastkit.security.password.policy.max-length}: most characters (code points), default 128 */
    public int getMaxLength() {
        return maxLength;
    }

    /** @param maxLength most characters */
    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    /** @return {@code fastkit.security.password.policy.require-uppercase}: needs an upper-case letter, default false */
    public boolean isRequireUppercase() {
        return requireUppercase;
    }

    /** @param requireUppercase whether an upper-case letter is needed */
    public void setRequireUppercase(boolean requireUppercase) {
        this.requireUppercase = requireUppercase;
    }

    /** @return {@code fastkit.security.password.policy.require-lowercase}: needs a lower-case letter, default false */
    public boolean isRequireLowercase() {
        return requireLowercase;
    }

    /** @param requireLowercase whether a lower-case letter is needed */
    public void setRequireLowercase(boolean requireLowercase) {
        this.requireLowercase = requireLowercase;
    }

    /** @return {@code fastkit.security.password.policy.require-digit}: needs a digit, default false */
    public boolean isRequireDigit() {
        return requireDigit;
    }

    /** @param requireDigit whether a digit is needed */
    public void setRequireDigit(boolean requireDigit) {
        this.requireDigit = requireDigit;
    }

    /**
     * @return {@code fastkit.security.password.policy.require-symbol}: needs a character that is neither a letter, a
     * digit nor white space, default false
     */
    public boolean isRequireSymbol() {
        return requireSymbol;
    }

    /** @param requireSymbol whether a symbol is needed */
    public void setRequireSymbol(boolean requireSymbol) {
        this.requireSymbol = requireSymbol;
    }

    /**
     * @return {@code fastkit.security.password.policy.block-common-passwords}: refuse the built-in list of common
     * passwords (compared regardless of case), default true
     */
    public boolean isBlockCommonPasswords() {
        return blockCommonPasswords;
    }

    /** @param blockCommonPasswords whether common passwords are refused */
    public void setBlockCommonPasswords(boolean blockCommonPasswords) {
        this.blockCommonPasswords = blockCommonPasswords;
    }
}
