package dev.fastkit.example.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * One HTTP answer as a test sees it: status, headers and body, with the body parsed on demand.
 *
 * @param status  the status code
 * @param headers the headers
 * @param body    the body as text, empty when there is none
 * @param mapper  the JSON mapper, for {@link #json()} and {@link #array()}
 */
public record Answer(int status, HttpHeaders headers, String body, JsonMapper mapper) {

    /** @return the body as a JSON object */
    public Map<String, Object> json() {
        try {
            return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON object: " + body, e);
        }
    }

    /** @return the body as a JSON array of objects */
    public List<Map<String, Object>> array() {
        try {
            return mapper.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON array: " + body, e);
        }
    }

    /**
     * @param name a header name
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** @return the pointers of a problem's {@code errors}, in order */
    @SuppressWarnings("unchecked")
    public List<String> pointers() {
        Object errors = json().get("errors");
        return errors == null ? List.of() : ((List<Map<String, Object>>) errors).stream()
                .map(error -> (String) error.get("pointer")).toList();
    }

    /** @return the {@code id} of the JSON object body */
    public String id() {
        return (String) json().get("id");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
