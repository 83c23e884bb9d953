package dev.fastkit.core.internal.web;

import dev.fastkit.core.error.Problem;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Locale;

/**
 * Refuses request bodies before any route binds them, for every route of the service (FastKit's and its own):
 * <ul>
 *     <li>{@code 415} for a body without a {@code Content-Type}, or with one that is not a media type
 *     ({@code Content-Type: json}); a media type the route does not consume is Micronaut's own {@code 415};</li>
 *     <li>{@code 400} for a JSON body ({@code application/json}, {@code application/*+json}) that is not exactly one
 *     well-formed value, has duplicate keys, is not UTF-8 or has unpaired surrogate escapes, and for a form body with
 *     broken percent-encoding (see {@link StrictSyntax}).</li>
 * </ul>
 * Answers are problems whose detail never quotes the body. Requests without a body pass untouched. It runs after
 * authentication, so an unauthenticated client gets its {@code 401} without its body being read.
 */
@Internal
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class StrictBodyFilter implements Ordered {

    /**
     * @param request the request
     * @param body    its body, or {@code null} if it has none
     * @return {@code null} to let it through, or the problem answer
     */
    @RequestFilter
    public @Nullable HttpResponse<?> checkBody(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        MediaType mediaType = mediaType(contentType);
        if (mediaType == null) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, contentType == null
                    ? "A request body needs a Content-Type." : "The Content-Type is not a media type.");
        }
        String problem = null;
        if (isJson(mediaType)) {
            problem = StrictSyntax.jsonProblem(body);
        } else if (mediaType.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            problem = StrictSyntax.formProblem(body);
        }
        return problem == null ? null : problem(HttpStatus.BAD_REQUEST, problem);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private static @Nullable MediaType mediaType(@Nullable String header) {
        if (header == null || header.indexOf('/') <= 0) {
            return null;
        }
        try {
            return MediaType.of(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    private static HttpResponse<Problem> problem(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE_OBJECT)
                .body(new Problem(Problem.ABOUT_BLANK, status.getReason(), status.getCode(), detail, null));
    }
}
