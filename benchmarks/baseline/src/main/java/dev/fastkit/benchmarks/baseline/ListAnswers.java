package dev.fastkit.benchmarks.baseline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What every list route shares: {@code skip}, {@code limit}, {@code cursor} and {@code Prefer: count=none} in, and
 * {@code X-Total-Count} (or {@code Preference-Applied}) and {@code Link: <...>; rel="next"} out, as API.md's "Lists"
 * has them.
 */
final class ListAnswers {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private ListAnswers() {
    }

    /** The paging parameters of one request. */
    record Paging(long skip, int limit, @Nullable String cursor, boolean counted) {
    }

    static Paging paging(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        long skip = number(parameters, "skip", 0);
        long limit = number(parameters, "limit", DEFAULT_LIMIT);
        if (skip < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw unprocessable("skip >= 0, limit 1 to " + MAX_LIMIT);
        }
        String cursor = single(parameters, "cursor");
        if (cursor != null && parameters.containsKey("skip")) {
            throw unprocessable("cursor and skip exclude each other");
        }
        return new Paging(skip, (int) limit, cursor, !prefersNoCount(request.getHeaders().get("Prefer")));
    }

    /** @return the parameter's only value, {@code null} when absent; 422 when given twice */
    static @Nullable String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw unprocessable(name + " must be given once");
        }
        return values.get(0);
    }

    static HttpStatusException unprocessable(String message) {
        return new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, message);
    }

    /** The 200 of a list: the items, the count header, and the next page's link when there is one. */
    static <T> MutableHttpResponse<List<T>> answer(HttpRequest<?> request, Paging paging, List<T> items,
                                                   @Nullable Long total, @Nullable String nextCursor) {
        MutableHttpResponse<List<T>> response = HttpResponse.ok(items);
        if (total != null) {
            response.header("X-Total-Count", String.valueOf(total));
        } else {
            response.header("Preference-Applied", "count=none");
        }
        if (nextCursor != null) {
            StringBuilder link = new StringBuilder(request.getPath()).append("?limit=").append(paging.limit());
            for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
                String name = parameter.getKey();
                if (!name.equals("skip") && !name.equals("cursor") && !name.equals("limit")) {
                    for (String value : parameter.getValue()) {
                        link.append('&').append(encode(name)).append('=').append(encode(value));
                    }
                }
            }
            link.append("&cursor=").append(encode(nextCursor));
            response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        }
        return response;
    }

    private static boolean prefersNoCount(@Nullable String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.split(";", 2)[0].strip().equalsIgnoreCase("count=none")) {
                return true;
            }
        }
        return false;
    }

    private static long number(Map<String, List<String>> parameters, String name, long absent) {
        String value = single(parameters, name);
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw unprocessable(name + " must be a whole number");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
