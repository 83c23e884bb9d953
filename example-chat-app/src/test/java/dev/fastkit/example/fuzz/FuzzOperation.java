package dev.fastkit.example.fuzz;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation of the OpenAPI document, as much of it as the fuzzer needs.
 *
 * @param method      the HTTP method, upper case
 * @param path        the path template, such as {@code /chats/{chat_id}/messages/{id}}
 * @param pathNames   the path parameters' names, in order
 * @param query       the query parameters' schemas by name
 * @param commaSeparated the query parameters whose array values are sent as one comma-separated value
 *                    ({@code style: form}, {@code explode: false})
 * @param bodies      the request body's schema by media type; empty when the operation takes no body
 * @param statuses    every status the document names for it
 * @param pageHeaders the headers the document names for its 200 answer
 */
record FuzzOperation(String method, String path, List<String> pathNames, Map<String, JsonNode> query,
                     Set<String> commaSeparated, Map<String, JsonNode> bodies, Set<Integer> statuses,
                     Set<String> pageHeaders) {

    /**
     * @param document the OpenAPI document
     * @return its operations
     */
    static List<FuzzOperation> of(JsonNode document) {
        List<FuzzOperation> operations = new ArrayList<>();
        JsonNode paths = document.get("paths");
        for (Map.Entry<String, JsonNode> path : paths.entries()) {
            for (Map.Entry<String, JsonNode> item : path.getValue().entries()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(item.getKey())) {
                    continue;
                }
                operations.add(operation(item.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), item.getValue()));
            }
        }
        return operations;
    }

    private static FuzzOperation operation(String method, String path, JsonNode operation) {
        List<String> pathNames = new ArrayList<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        Set<String> commaSeparated = new TreeSet<>();
        JsonNode parameters = operation.get("parameters");
        if (parameters != null) {
            for (JsonNode parameter : parameters.values()) {
                String name = parameter.get("name").getStringValue();
                String in = parameter.get("in").getStringValue();
                if (in.equals("path")) {
                    pathNames.add(name);
                } else if (in.equals("query")) {
                    query.put(name, parameter.get("schema"));
                    JsonNode explode = parameter.get("explode");
                    if (explode != null && !explode.getBooleanValue()) {
                        commaSeparated.add(name);
                    }
                }
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode body = operation.get("requestBody");
        if (body != null && body.get("content") != null) {
            for (Map.Entry<String, JsonNode> media : body.get("content").entries()) {
                bodies.put(media.getKey(), media.getValue().get("schema"));
            }
        }
        Set<Integer> statuses = new TreeSet<>();
        for (Map.Entry<String, JsonNode> response : operation.get("responses").entries()) {
            statuses.add(Integer.parseInt(response.getKey()));
        }
        Set<String> pageHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        JsonNode ok = operation.get("responses").get("200");
        if (ok != null && ok.get("headers") != null) {
            ok.get("headers").entries().forEach(header -> pageHeaders.add(header.getKey()));
        }
        return new FuzzOperation(method, path, pathNames, query, commaSeparated, bodies, statuses, pageHeaders);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
