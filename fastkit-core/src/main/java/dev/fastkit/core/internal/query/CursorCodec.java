package dev.fastkit.core.internal.query;

import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.query.ListQueryConfiguration;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Mints and reads the opaque {@code cursor} of keyset pages: the sort-key values of a page's last row, signed with
 * HMAC-SHA256 (RFC 2104) over those values and the query they belong to (resource, caller, parent, sort, filters,
 * search). A cursor that was changed, or that is presented with another query, fails the check and answers 422.
 *
 * <p>Format: {@code base64url(values) "." base64url(first 16 bytes of the MAC)}, the values each written as
 * {@code <length>:<text>}, or {@code -} for {@code null}.
 */
@Internal
@Singleton
public final class CursorCodec {

    private static final Logger LOG = LoggerFactory.getLogger(CursorCodec.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /**
     * @param configuration the list settings, for {@code fastkit.lists.cursor-secret}
     */
    public CursorCodec(ListQueryConfiguration configuration) {
        byte[] secret;
        if (configuration.getCursorSecret() != null) {
            secret = configuration.getCursorSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("fastkit.lists.cursor-secret must be at least 32 bytes");
            }
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.info("No fastkit.lists.cursor-secret: list cursors are signed with a key of this process only");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * @param values  the sort-key values of the last row, {@code null} allowed
     * @param context the query the cursor belongs to
     * @return the cursor
     */
    public String encode(List<@Nullable String> values, String context) {
        StringBuilder payload = new StringBuilder();
        for (String value : values) {
            payload.append(value == null ? "-" : value.length() + ":" + value);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(tag(bytes, context));
    }

    /**
     * @param cursor  a cursor from a request
     * @param context the query of that request
     * @param count   how many values it must hold
     * @return its values
     * @throws UnprocessableContentException (422, pointer {@code cursor}) if it is malformed, changed, or minted for
     *                                       another query
     */
    public List<@Nullable String> decode(String cursor, String context, int count) {
        int dot = cursor.indexOf('.');
        try {
            if (dot < 0) {
                throw new IllegalArgumentException("no tag");
            }
            byte[] bytes = DECODER.decode(cursor.substring(0, dot));
            byte[] tag = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(tag, tag(bytes, context))) {
                throw new IllegalArgumentException("wrong tag");
            }
            List<String> values = parse(new String(bytes, StandardCharsets.UTF_8));
            if (values.size() != count) {
                throw new IllegalArgumentException("wrong size");
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw UnprocessableContentException.of(ListQueryParser.CURSOR,
                    "is malformed, or was minted for another query (sort, filters, q, resource or user)");
        }
    }

    private static List<String> parse(String payload) {
        List<String> values = new ArrayList<>();
        int at = 0;
        while (at < payload.length()) {
            if (payload.charAt(at) == '-') {
                values.add(null);
                at++;
                continue;
            }
            int colon = payload.indexOf(':', at);
            int length = Integer.parseInt(payload.substring(at, colon));
            values.add(payload.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return values;
    }

    private byte[] tag(byte[] payload, String context) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable", e);
        }
    }
}
