package dev.fastkit.example;

import io.micronaut.runtime.Micronaut;

/**
 * The FastKit example chat server: users, chats and messages over HTTP on port 8080 by default.
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
