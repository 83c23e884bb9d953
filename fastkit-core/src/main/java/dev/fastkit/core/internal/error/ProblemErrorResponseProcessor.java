package dev.fastkit.core.internal.error;

import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonSyntaxException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders every error answer Micronaut produces itself (unknown route 404, 405, 413, 415, malformed JSON 400, unhandled
 * exceptions 500, ...) as an RFC 9457 problem. It replaces Micronaut's default error body, so all error answers of a
 * FastKit service share one shape.
 *
 * <p>Only texts known to be safe reach the client: a server error (5xx) always gets a fixed detail, never the
 * exception's message, and a JSON syntax error gets a fixed detail rather than the parser's.
 *
 * <p>A {@code 405} carries one {@code Allow} header naming the path's methods in a fixed order ({@code GET, POST, PUT,
 * PATCH, DELETE}, others after them), without the {@code HEAD} that every {@code GET} implies (RFC 9110, section
 * 9.3.2): {@code Allow: GET, DELETE} as API.md writes it, not Micronaut's unordered list.
 */
@Internal
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final List<String> ALLOW_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Optional<HttpStatus> tooLong = tooLongStatus(context);
        HttpStatus status = tooLong.orElse(response.status());
        response.status(status);
        if (tooLong.isPresent()) {
            // Netty cannot read on after a line or headers over its limits and closes the connection: say so, so
            // that a client does not send its next request on it (RFC 9112 section 9.6)
            response.header(HttpHeaders.CONNECTION, "close");
        }
        String detail = tooLong.isPresent() ? (status == HttpStatus.REQUEST_URI_TOO_LONG
                ? "The request line is longer than the server accepts."
                : "The request headers are larger than the server accepts.") : detail(context, status);
        Problem problem = new Problem(Problem.ABOUT_BLANK, status.getReason(), status.getCode(), detail,
                fieldErrors(context, status));
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            normaliseAllow(response);
        }
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static void normaliseAllow(MutableHttpResponse<?> response) {
        List<String> methods = response.getHeaders().getAll(HttpHeaders.ALLOW).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(method -> method.strip().toUpperCase(Locale.ROOT))
                .filter(method -> !method.isEmpty())
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        if (methods.contains("GET")) {
            methods.remove("HEAD");
        }
        methods.sort(Comparator.comparingInt(ProblemErrorResponseProcessor::allowOrder)
                .thenComparing(Comparator.naturalOrder()));
        response.getHeaders().remove(HttpHeaders.ALLOW);
        response.header(HttpHeaders.ALLOW, String.join(", ", methods));
    }

    private static int allowOrder(String method) {
        int index = ALLOW_ORDER.indexOf(method);
        return index < 0 ? ALLOW_ORDER.size() : index;
    }

    /**
     * Micronaut answers 413 for every part of a request over Netty's limits; the request line
     * ({@code micronaut.server.netty.max-initial-line-length}) is a 414 and the headers
     * ({@code micronaut.server.netty.max-header-size}) a 431 (RFC 9110 section 15.5.15, RFC 6585 section 5).
     */
    private static Optional<HttpStatus> tooLongStatus(ErrorContext context) {
        if (!(context.getRequest() instanceof NettyHttpRequest<?> request)) {
            return Optional.empty();
        }
        Throwable cause = request.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        return Optional.empty();
    }

    private static String detail(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500) {
            return Problem.SERVER_ERROR_DETAIL;
        }
        if (context.getRootCause().filter(JsonSyntaxException.class::isInstance).isPresent()) {
            return "The body is not valid JSON.";
        }
        return context.getErrors().stream()
                .filter(error -> error.getPath().isEmpty())
                .map(Error::getMessage)
                .findFirst()
                .orElse(status.getReason());
    }

    private static List<FieldError> fieldErrors(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500) {
            return null;
        }
        List<FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        return errors.isEmpty() ? null : errors;
    }
}
