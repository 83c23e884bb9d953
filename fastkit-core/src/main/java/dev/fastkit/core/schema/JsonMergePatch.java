package dev.fastkit.core.schema;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch, RFC 7396: the keys of the patch replace those of the target, {@code null} removes a key, and
 * nested objects are merged the same way; anything that is not an object replaces the target whole.
 */
public final class JsonMergePatch {

    /** The media type of a merge patch, {@code application/merge-patch+json} (RFC 7396, section 4). */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private JsonMergePatch() {
    }

    /**
     * Applies {@code patch} to {@code target} as section 2 of RFC 7396 describes. Neither argument is changed.
     *
     * @param target the current document
     * @param patch  the merge patch
     * @return the patched document
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            target.entries().forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        }
        for (Map.Entry<String, JsonNode> entry : patch.entries()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.put(entry.getKey(), apply(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return JsonNode.createObjectNode(result);
    }
}
