package dev.fastkit.core.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for tests that never throws on error statuses, so tests assert the status, headers and body a
 * real client would see.
 */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;

    public Http(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** @return a request builder for {@code method path} */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call patch(String path) {
        return call("PATCH", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }

    /** One request under construction. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(String body) {
            headers.putIfAbsent("Content-Type", "application/json");
            this.body = body;
            return this;
        }

        public Call body(String contentType, String body) {
            headers.put("Content-Type", contentType);
            this.body = body;
            return this;
        }

        public Reply send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            headers.forEach(builder::header);
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
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

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

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
