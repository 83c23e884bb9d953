package dev.fastkit.example.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing list queries and reading list answers: encoded parameters, ids, the next link. */
public final class ListQueries {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

    private ListQueries() {
    }

    /**
     * @param path       a collection's path
     * @param parameters names and values, alternating
     * @return the path with the parameters percent-encoded, such as {@code /chats?title%5Bcontains%5D=week}
     */
    public static String query(String path, String... parameters) {
        StringBuilder query = new StringBuilder(path);
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(encode(parameters[i])).append('=').append(encode(parameters[i + 1]));
        }
        return query.toString();
    }

    /**
     * @param answer a list answer
     * @param field  a field name
     * @return that field of every item, in order
     */
    public static List<Object> values(Answer answer, String field) {
        return answer.array().stream().map(item -> item.get(field)).toList();
    }

    /**
     * @param answer a list answer
     * @return the path and query of its {@code Link: rel="next"}, or {@code null} on the last page
     */
    public static String next(Answer answer) {
        String link = answer.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        if (!next.matches()) {
            throw new AssertionError("Not a next link: " + link);
        }
        return next.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
