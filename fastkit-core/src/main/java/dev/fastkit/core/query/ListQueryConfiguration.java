package dev.fastkit.core.query;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * List queries, under {@code fastkit.lists}.
 */
@ConfigurationProperties("fastkit.lists")
public class ListQueryConfiguration {

    private @Nullable String cursorSecret;
    private String textSearchConfiguration = "english";
    private int maxInValues = 100;

    /**
     * @return the key that signs cursors (HMAC-SHA256), at least 32 bytes; without one each process draws a random key,
     *         so a cursor works only on the process that minted it; the {@code prod} environment refuses to start
     *         without one
     */
    public @Nullable String getCursorSecret() {
        return cursorSecret;
    }

    /** @param cursorSecret the key that signs cursors */
    public void setCursorSecret(@Nullable String cursorSecret) {
        this.cursorSecret = cursorSecret;
    }

    /**
     * @return the PostgreSQL text search configuration of {@code ?q=} and of the searched document (default
     *         {@code english}); a GIN index must name the same one
     */
    public String getTextSearchConfiguration() {
        return textSearchConfiguration;
    }

    /** @param textSearchConfiguration a PostgreSQL text search configuration, such as {@code simple} */
    public void setTextSearchConfiguration(String textSearchConfiguration) {
        this.textSearchConfiguration = textSearchConfiguration;
    }

    /** @return the most values one {@code [in]} filter takes (default 100); more answers 422 */
    public int getMaxInValues() {
        return maxInValues;
    }

    /** @param maxInValues the most values one {@code [in]} filter takes */
    public void setMaxInValues(int maxInValues) {
        this.maxInValues = maxInValues;
    }
}
