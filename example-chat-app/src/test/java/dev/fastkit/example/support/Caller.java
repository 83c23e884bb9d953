package dev.fastkit.example.support;

/**
 * A signed-up user as a test uses it.
 *
 * @param id          the user's id
 * @param username    the user's name
 * @param accessToken the bearer token to send
 */
public record Caller(String id, String username, String accessToken) {
}
