package dev.fastkit.core.database;

/**
 * A database for development and tests, used by fastkit-core only when {@code datasources.default.url} is not
 * configured.
 *
 * <p>fastkit-core looks for one bean of this type when it creates the {@code default} data source without a URL.
 * With none, the application refuses to start and names the settings to give ({@code DATASOURCES_DEFAULT_URL},
 * {@code DATASOURCES_DEFAULT_USERNAME}, {@code DATASOURCES_DEFAULT_PASSWORD}); it never falls back to a throwaway
 * database by itself. {@code dev.fastkit:fastkit-dev-database} provides one outside the {@code prod} environment:
 * put it on the test and development classpath only, never in the production artifact.
 */
public interface DevelopmentDatabase {

    /**
     * Starts the database if it is not running yet and answers how to reach it. Called at most once per data source
     * and may block while the server starts.
     *
     * @return the JDBC URL, user and password of the running database; never {@literal null}
     * @throws IllegalStateException if the database could not be started
     */
    ConnectionDetails connectionDetails();
}
