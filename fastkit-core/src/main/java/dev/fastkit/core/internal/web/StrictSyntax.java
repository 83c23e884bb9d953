package dev.fastkit.core.internal.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The syntax checks of request bodies that Micronaut's lenient parsing leaves out. Each answers {@code null} for a
 * well-formed body, or a detail for the client that never quotes the body.
 * <ul>
 *     <li>UTF-8 (RFC 3629): invalid and overlong byte sequences and encoded surrogates are refused;</li>
 *     <li>JSON (RFC 8259): exactly one value, no duplicate keys in an object (RFC 8259 section 4 leaves their meaning
 *     open; I-JSON, RFC 7493, forbids them), no unpaired surrogate escapes such as {@code "\ud800"};</li>
 *     <li>forms ({@code application/x-www-form-urlencoded}, WHATWG URL standard): every {@code %} starts two hex
 *     digits, and the decoded bytes are UTF-8.</li>
 * </ul>
 */
@Internal
public final class StrictSyntax {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictSyntax() {
    }

    /**
     * @param body a JSON body
     * @return {@code null} if it is one well-formed JSON value in UTF-8, else what is wrong
     */
    public static @Nullable String jsonProblem(byte[] body) {
        if (!isUtf8(body)) {
            return "The body is not valid UTF-8.";
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return "The body is empty.";
            }
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && hasUnpairedSurrogate(parser.getText())) {
                    return "The body has a string with an unpaired surrogate escape.";
                }
            } while (depth > 0 && parser.nextToken() != null);
            if (depth != 0) {
                return "The body is not valid JSON.";
            }
            if (parser.nextToken() != null) {
                return "The body has content after its JSON value.";
            }
            return null;
        } catch (JsonProcessingException e) {
            return e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? "The body has an object with a duplicate key." : "The body is not valid JSON.";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param body a form body
     * @return {@code null} if its percent-encoding is well-formed and decodes to UTF-8, else what is wrong
     */
    public static @Nullable String formProblem(byte[] body) {
        if (!isUtf8(body)) {
            return "The form is not valid UTF-8.";
        }
        ByteBuffer decoded = ByteBuffer.allocate(body.length);
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == '%') {
                if (i + 2 >= body.length || Character.digit(body[i + 1], 16) < 0 || Character.digit(body[i + 2], 16) < 0) {
                    return "The form has a malformed percent-encoding.";
                }
                decoded.put((byte) (Character.digit(body[i + 1], 16) * 16 + Character.digit(body[i + 2], 16)));
                i += 2;
            } else {
                decoded.put(b);
            }
        }
        decoded.flip();
        return isUtf8(decoded) ? null : "The form has a percent-encoded value that is not valid UTF-8.";
    }

    private static boolean isUtf8(byte[] bytes) {
        return isUtf8(ByteBuffer.wrap(bytes));
    }

    private static boolean isUtf8(ByteBuffer bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
