package ${package};

import io.micronaut.runtime.Micronaut;

/**
 * The ${artifactId} server: users, their folders and the folders' bookmarks over HTTP, on port 8080 by default.
 */
public final class Application {

    private Application() {
    }

    /**
     * Starts the server.
     *
     * @param args command-line arguments, passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
