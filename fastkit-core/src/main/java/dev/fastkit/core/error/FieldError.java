package dev.fastkit.core.error;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One validation failure inside a problem answer (RFC 9457 extension member {@code errors}).
 *
 * @param pointer a JSON pointer (RFC 6901) into the request body, such as {@code /title}, or the name of the query or
 *                path parameter that was wrong, such as {@code limit}
 * @param detail  what is wrong, for a person to read
 */
@Serdeable
public record FieldError(String pointer, String detail) {
}
