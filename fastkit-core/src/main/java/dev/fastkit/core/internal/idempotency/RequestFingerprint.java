package dev.fastkit.core.internal.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes two requests with one {@code Idempotency-Key} the same request: the SHA-256 of the method, the path and
 * the body as a JSON value. Whitespace and the order of an object's members do not count; every value does, exactly as
 * it was parsed ({@code 1} and {@code 1.0} differ).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /**
     * @param method the request method, such as {@code POST}
     * @param path   the request path, without the query
     * @param body   the parsed body, or {@code null} for none
     * @return the 32-byte fingerprint
     */
    static byte[] of(String method, String path, @Nullable JsonNode body) {
        MessageDigest digest = sha256();
        text(digest, method);
        text(digest, path);
        if (body != null) {
            value(digest, body);
        }
        return digest.digest();
    }

    /**
     * @param principal the user's name
     * @param key       the idempotency key
     * @return the PostgreSQL advisory lock that marks this user's key as being processed: 64 bits of their SHA-256
     */
    static long lockId(String principal, String key) {
        MessageDigest digest = sha256();
        text(digest, principal);
        text(digest, key);
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static void value(MessageDigest digest, JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            node.entries().forEach(members::add);
            members.sort(Map.Entry.comparingByKey());
            digest.update((byte) '{');
            for (Map.Entry<String, JsonNode> member : members) {
                text(digest, member.getKey());
                value(digest, member.getValue());
            }
            digest.update((byte) '}');
        } else if (node.isArray()) {
            digest.update((byte) '[');
            for (JsonNode element : node.values()) {
                value(digest, element);
            }
            digest.update((byte) ']');
        } else if (node.isString()) {
            digest.update((byte) 's');
            text(digest, node.getStringValue());
        } else if (node.isNumber()) {
            digest.update((byte) 'n');
            text(digest, node.getNumberValue().toString());
        } else if (node.isBoolean()) {
            digest.update((byte) (node.getBooleanValue() ? 't' : 'f'));
        } else {
            digest.update((byte) '0');
        }
    }

    /** Writes the text's length, then its UTF-8 bytes, so that no two sequences of texts digest alike. */
    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
