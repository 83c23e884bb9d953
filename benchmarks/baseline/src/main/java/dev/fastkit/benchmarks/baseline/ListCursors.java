package dev.fastkit.benchmarks.baseline;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of keyset pages as a hand-written service would sign it: the last row's sort-key value and
 * id, with an HMAC-SHA256 over them and the query they belong to (user, resource, sort, filters, {@code q}), so that a
 * changed cursor, or one replayed on another query, is a 422. The key is drawn per process, like FastKit's default.
 *
 * <p>Format: {@code base64url(value "|" id) "." base64url(first 16 bytes of the MAC)}.
 */
@Singleton
final class ListCursors {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    ListCursors() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A decoded cursor: the last row's sort-key value (as {@link #mint} was given it) and its id. */
    record Position(String value, UUID id) {

        Instant instant() {
            long micros = Long.parseLong(value);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
    }

    /** @return the sort-key value of a timestamp, microseconds since the epoch (PostgreSQL's precision) */
    static String value(Instant instant) {
        return String.valueOf(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000);
    }

    String mint(String context, String value, UUID id) {
        byte[] payload = (value + "|" + id).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(context, payload));
    }

    Position read(String context, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("no tag");
            }
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            if (!MessageDigest.isEqual(DECODER.decode(cursor.substring(dot + 1)), tag(context, payload))) {
                throw new IllegalArgumentException("wrong tag");
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            return new Position(text.substring(0, bar), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "cursor is malformed, or was minted for another query");
        }
    }

    private byte[] tag(String context, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable", e);
        }
    }
}
