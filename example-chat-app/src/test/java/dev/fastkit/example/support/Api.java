package dev.fastkit.example.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks HTTP to the running test server with the JDK client, which answers every status without throwing, so tests
 * assert on statuses, headers and bodies as a client sees them.
 */
public final class Api {

    private final URI base;
    private final JsonMapper mapper;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param base   the server's base URI
     * @param mapper the JSON mapper
     */
    public Api(URI base, JsonMapper mapper) {
        this.base = base;
        this.mapper = mapper;
    }

    /**
     * Sends a request.
     *
     * @param method  the HTTP method
     * @param path    the path and query, such as {@code /chats?limit=5}
     * @param caller  whose bearer token to send, or {@code null} for none
     * @param body    the body, sent as {@code application/json} unless a {@code Content-Type} header is given
     * @param headers extra headers as name, value, name, value...
     * @return the answer
     */
    public Answer send(String method, String path, @Nullable Caller caller, @Nullable String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean hasContentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            hasContentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !hasContentType) {
            request.header("Content-Type", "application/json");
        }
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.accessToken());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET} as {@code caller}. @param path the path @param caller the caller @return the answer */
    public Answer get(String path, @Nullable Caller caller) {
        return send("GET", path, caller, null);
    }

    /** {@code POST} JSON as {@code caller}. @param path the path @param caller the caller @param json the body @return the answer */
    public Answer post(String path, @Nullable Caller caller, String json) {
        return send("POST", path, caller, json);
    }

    /** {@code PUT} JSON as {@code caller}. @param path the path @param caller the caller @param json the body @return the answer */
    public Answer put(String path, @Nullable Caller caller, String json) {
        return send("PUT", path, caller, json);
    }

    /** {@code PATCH} a merge patch as {@code caller}. @param path the path @param caller the caller @param json the patch @return the answer */
    public Answer patch(String path, @Nullable Caller caller, String json) {
        return send("PATCH", path, caller, json, "Content-Type", "application/merge-patch+json");
    }

    /** {@code DELETE} as {@code caller}. @param path the path @param caller the caller @return the answer */
    public Answer delete(String path, @Nullable Caller caller) {
        return send("DELETE", path, caller, null);
    }
}
