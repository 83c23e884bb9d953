package dev.fastkit.security.support;

import io.micronaut.json.tree.JsonNode;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP answer as a test sees it.
 *
 * @param status  the status code
 * @param headers the headers
 * @param text    the body as text
 * @param json    the body as JSON, or {@code null} when it is empty or not JSON
 */
public record ApiResponse(int status, HttpHeaders headers, String text, JsonNode json) {

    /**
     * @param name a header name
     * @return its first value
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return the {@code Set-Cookie} headers */
    public List<String> setCookies() {
        return headers.allValues("Set-Cookie");
    }

    /**
     * @param name a cookie name
     * @return the {@code Set-Cookie} header of that cookie
     */
    public Optional<String> setCookie(String name) {
        return setCookies().stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    /** @return the refresh cookie's value, from {@code Set-Cookie} */
    public String refreshCookieValue() {
        String header = setCookie("refresh_token").orElseThrow(() -> new AssertionError("no refresh cookie set: " + this));
        String pair = header.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    /**
     * @param field a top-level field
     * @return its string value
     */
    public String string(String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null) {
            throw new AssertionError("no field " + field + " in " + this);
        }
        return value.getStringValue();
    }

    /** @return the top-level keys of the JSON body */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        json.entries().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
