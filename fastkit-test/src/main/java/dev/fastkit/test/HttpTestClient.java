package dev.fastkit.test;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for tests that never throws on error statuses, so tests assert the status, headers and body a
 * real client would see. Built on the JDK's {@link HttpClient}; answers are read whole as UTF-8 strings.
 */
public final class HttpTestClient {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final URI base;
    private final JsonMapper json;

    /**
     * @param base the server's base URI, such as {@code http://localhost:8080}
     * @param json the JSON mapper used to read answers
     */
    public HttpTestClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /**
     * @param method the HTTP method
     * @param path   the path and query, relative to the base URI
     * @return a request under construction
     */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /**
     * @param path the path and query
     * @return a {@code GET} request under construction
     */
    public Call get(String path) {
        return call("GET", path);
    }

    /**
     * @param path the path and query
     * @return a {@code POST} request under construction
     */
    public Call post(String path) {
        return call("POST", path);
    }

    /**
     * @param path the path and query
     * @return a {@code PUT} request under construction
     */
    public Call put(String path) {
        return call("PUT", path);
    }

    /**
     * @param path the path and query
     * @return a {@code PATCH} request under construction
     */
    public Call patch(String path) {
        return call("PATCH", path);
    }

    /**
     * @param path the path and query
     * @return a {@code DELETE} request under construction
     */
    public Call delete(String path) {
        return call("DELETE", path);
    }

    /** One request under construction. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /**
         * @param name  a header name
         * @param value its value
         * @return this request
         */
        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * @param body a JSON body, sent as {@code application/json} unless a content type was set
         * @return this request
         */
        public Call json(String body) {
            headers.putIfAbsent("Content-Type", "application/json");
            this.body = body.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * @param contentType the {@code Content-Type} to send
         * @param body        the body
         * @return this request
         */
        public Call body(String contentType, String body) {
            headers.put("Content-Type", contentType);
            this.body = body.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * @param contentType the {@code Content-Type} to send, or {@code null} to send none
         * @param body        the body's bytes, sent exactly as given (for malformed encodings)
         * @return this request
         */
        public Call bytes(String contentType, byte[] body) {
            if (contentType == null) {
                headers.remove("Content-Type");
            } else {
                headers.put("Content-Type", contentType);
            }
            this.body = body.clone();
            return this;
        }

        /**
         * @return the answer, whatever its status
         * @throws java.io.UncheckedIOException if the server cannot be reached
         */
        public Reply send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            headers.forEach(builder::header);
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the server answered. */
    public final class Reply {
        private final int status;
        private final Map<String, List<String>> headers;
        private final String body;

        Reply(int status, Map<String, List<String>> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        /** @return the HTTP status code */
        public int status() {
            return status;
        }

        /** @return the body as text, empty when there is none */
        public String body() {
            return body;
        }

        /**
         * @param name a header name, any case
         * @return its first value, or {@code null}
         */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        /** @return the body parsed as JSON */
        public JsonNode json() {
            try {
                return json.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        /** @return a top-level string field of the JSON body */
        public String field(String name) {
            JsonNode node = json().get(name);
            return node == null || node.isNull() ? null : node.coerceStringValue();
        }

        /** @return the JSON pointers of a problem's {@code errors} */
        public List<String> errorPointers() {
            List<String> pointers = new ArrayList<>();
            JsonNode errors = json().get("errors");
            if (errors != null) {
                errors.values().forEach(error -> pointers.add(error.get("pointer").getStringValue()));
            }
            return pointers;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
