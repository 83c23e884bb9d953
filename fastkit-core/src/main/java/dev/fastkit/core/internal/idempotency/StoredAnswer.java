package dev.fastkit.core.internal.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The part of a create's answer that a repeat gets again: the status, {@code Location}, {@code ETag} and the body as
 * JSON bytes.
 *
 * @param status   the status code, such as 201
 * @param location the {@code Location} header, or {@code null}
 * @param etag     the {@code ETag} header, or {@code null}
 * @param body     the body as JSON, or {@code null} for none
 */
record StoredAnswer(int status, @Nullable String location, @Nullable String etag, byte @Nullable [] body) {

    /**
     * @param response an answer with its body already replaced by {@code body}
     * @param body     the answer's body as JSON, or {@code null}
     * @return what to store of it
     */
    static StoredAnswer of(HttpResponse<?> response, byte @Nullable [] body) {
        return new StoredAnswer(response.code(), response.getHeaders().get(HttpHeaders.LOCATION),
                response.getHeaders().get(HttpHeaders.ETAG), body);
    }

    /** @return the answer again, as a new response */
    MutableHttpResponse<?> toResponse() {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(status));
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
        }
        return response;
    }
}
