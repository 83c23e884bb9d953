package dev.fastkit.test;

import io.micronaut.json.tree.JsonNode;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What list tests do with list answers: write a query, read the items, follow {@code Link: rel="next"}. */
final class ListPages {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private ListPages() {
    }

    /**
     * @param path       a collection's path, without a query
     * @param parameters names and values, alternating; each percent-encoded
     * @return the path with its query
     */
    static String query(String path, String... parameters) {
        StringBuilder query = new StringBuilder(path);
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(encode(parameters[i])).append('=').append(encode(parameters[i + 1]));
        }
        return query.toString();
    }

    /**
     * @param text a query name or value
     * @return it percent-encoded (a space as {@code %20})
     */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * @param reply a list answer
     * @return its JSON array's items
     */
    static List<JsonNode> items(HttpTestClient.Reply reply) {
        JsonNode array = reply.json();
        if (!array.isArray()) {
            throw new AssertionError("Not a JSON array: " + reply);
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.values().forEach(items::add);
        return items;
    }

    /**
     * @param items list items
     * @param id    the id's JSON name
     * @return their ids, in order
     */
    static List<String> ids(List<JsonNode> items, String id) {
        return items.stream().map(item -> item.get(id).coerceStringValue()).toList();
    }

    /**
     * @param item a JSON object
     * @return its keys, in order
     */
    static List<String> keys(JsonNode item) {
        List<String> keys = new ArrayList<>();
        item.entries().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    /**
     * @param reply a list answer
     * @return the path and query of its {@code Link: rel="next"}, or {@code null} when it has none
     */
    static String nextLink(HttpTestClient.Reply reply) {
        String link = reply.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        return next.find() ? next.group(1) : null;
    }

    /**
     * @param link a {@code next} link
     * @return its {@code cursor} parameter, decoded
     */
    static String cursorOf(String link) {
        String query = link.substring(link.indexOf('?') + 1);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("cursor=")) {
                return URLDecoder.decode(parameter.substring("cursor=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No cursor in " + link);
    }
}
