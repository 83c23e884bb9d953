package dev.fastkit.core.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem details object, the body of every error answer FastKit gives, with the media type
 * {@value #MEDIA_TYPE}.
 *
 * @param type   a URI naming the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param title  a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, for a person to read; never a stack trace, SQL or class name
 * @param errors the individual validation failures, or {@code null} (omitted) when there are none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable List<FieldError> errors) {

    /** The media type of a problem answer, {@code application/problem+json}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@link #MEDIA_TYPE} as a {@link MediaType}. */
    public static final MediaType MEDIA_TYPE_OBJECT = MediaType.of(MEDIA_TYPE);

    /** The type of a problem that needs no more explanation than its HTTP status (RFC 9457, section 4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    /** The detail of every server error: what failed inside is logged, never shown. */
    public static final String SERVER_ERROR_DETAIL = "The server could not complete the request.";

    /** @return the problem of a 500 Internal Server Error, revealing nothing of its cause */
    public static Problem serverError() {
        return new Problem(ABOUT_BLANK, "Internal Server Error", 500, SERVER_ERROR_DETAIL, null);
    }
}
