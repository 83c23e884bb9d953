package dev.fastkit.security.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the tests (java.net.http): no cookie jar and no redirects, so every header is seen as sent.
 */
@Singleton
public class Api {

    /** A password that satisfies the test application's policy (API.md). */
    public static final String PASSWORD = "Sup3r-secret!";

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    /** @return a fresh username (letters and digits, unique per call) */
    public static String uniqueUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public ApiResponse send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse postJson(String path, String body, String... headers) {
        return send("POST", path, "application/json", body, headers);
    }

    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public ApiResponse signup(String username, String password) {
        return postJson("/auth/signup", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    public ApiResponse login(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        return send("POST", "/auth/login", "application/x-www-form-urlencoded", form(form));
    }

    public ApiResponse refresh(String cookieValue) {
        return send("POST", "/auth/refresh", null, null, "Cookie", "refresh_token=" + cookieValue);
    }

    /**
     * Signs a fresh user up.
     *
     * @return the user's session
     */
    public Session newSession() {
        String username = uniqueUsername();
        ApiResponse response = signup(username, PASSWORD);
        if (response.status() != 201) {
            throw new AssertionError("signup failed: " + response);
        }
        return new Session(username, response.string("access_token"), response.refreshCookieValue());
    }

    public static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A signed-up user.
     *
     * @param username     the username
     * @param accessToken  the access token from signup
     * @param refreshToken the refresh cookie value from signup
     */
    public record Session(String username, String accessToken, String refreshToken) {

        public String authorization() {
            return bearer(accessToken);
        }
    }
}
