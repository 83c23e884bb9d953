package dev.fastkit.example.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request.
 *
 * @param operation   the documented operation it exercises
 * @param path        the path with its query, parameters filled in
 * @param contentType the {@code Content-Type} sent, or {@code null} for none
 * @param body        the body sent, or {@code null} for none
 */
record FuzzRequest(FuzzOperation operation, String path, String contentType, byte[] body) {

    @Override
    public String toString() {
        return operation.method() + " " + path + (body == null ? "" : " [" + contentType + "] "
                + new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Writes a generated value as JSON text.
     *
     * @param value a {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or
     *              {@link SchemaValues#NULL}
     * @return its JSON text
     */
    static String json(Object value) {
        if (value == SchemaValues.NULL || value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((key, item) -> out.append(out.length() > 1 ? "," : "").append(json(key)).append(':').append(json(item)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(out.length() > 1 ? "," : "").append(json(item)));
            return out.append(']').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /**
     * Writes a generated object as an {@code application/x-www-form-urlencoded} body.
     *
     * @param value a {@code Map} of field names to values
     * @return the form, each value percent-encoded
     */
    static String form(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return "=" + java.net.URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();
        map.forEach((key, item) -> out.append(out.length() > 0 ? "&" : "")
                .append(java.net.URLEncoder.encode(String.valueOf(key), StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(item == SchemaValues.NULL ? "" : String.valueOf(item), StandardCharsets.UTF_8)));
        return out.toString();
    }
}
