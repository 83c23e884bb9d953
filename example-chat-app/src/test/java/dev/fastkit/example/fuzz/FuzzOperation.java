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
 * @param bodies      the request body's schema by media type; empty when the operation takes no body
 * @param statuses    every status the document names for it
 */
record FuzzOperation(String method, String path, List<String> pathNames, Map<String, JsonNode> query,
                     Map<String, JsonNode> bodies, Set<Integer> statuses) {

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
        JsonNode parameters = operation.get("parameters");
        if (parameters != null) {
            for (JsonNode parameter : parameters.values()) {
                String name = parameter.get("name").getStringValue();
                String in = parameter.get("in").getStringValue();
                if (in.equals("path")) {
                    pathNames.add(name);
                } else if (in.equals("query")) {
                    query.put(name, parameter.get("schema"));
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
        return new FuzzOperation(method, path, pathNames, query, bodies, statuses);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
