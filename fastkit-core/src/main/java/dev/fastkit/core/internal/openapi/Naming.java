package dev.fastkit.core.internal.openapi;

import io.micronaut.context.env.PropertyPlaceholderResolver;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.annotation.Controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Readable names derived from code: tags from a controller's path, summaries and operation ids from method and type
 * names ({@code protectedRoute}: "Protected route"; {@code OrderLine}: "order line").
 */
@Internal
final class Naming {

    private Naming() {
    }

    /**
     * @param beanType   a controller or endpoint class
     * @param endpointId   the management endpoint's id, or {@code null}
     * @param placeholders resolves {@code ${...}} in the path
     * @return the tag of its routes: the last literal segment of its {@code @Controller} path
     * ({@code /chats/{chat_id}/messages}: {@code messages}), else the endpoint id, else its class name in words
     */
    static String tag(Class<?> beanType, String endpointId, PropertyPlaceholderResolver placeholders) {
        if (endpointId != null) {
            return endpointId;
        }
        for (Class<?> type = beanType; type != null; type = type.getSuperclass()) {
            Controller controller = type.getAnnotation(Controller.class);
            if (controller != null) {
                String segment = lastLiteralSegment(placeholders.resolvePlaceholders(controller.value())
                        .orElse(controller.value()));
                if (!segment.isEmpty()) {
                    return segment;
                }
            }
        }
        String simple = beanType.getSimpleName().replaceAll("(Controller|Endpoint)$", "");
        return words(simple.isEmpty() ? beanType.getSimpleName() : simple).toLowerCase(Locale.ROOT);
    }

    /**
     * @param path a path template
     * @return its last segment that is no variable, such as {@code messages}; empty if none
     */
    static String lastLiteralSegment(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].contains("{")) {
                return segments[i];
            }
        }
        return "";
    }

    /**
     * @param identifier a camel-case Java name, such as {@code protectedRouteByPost}
     * @return its words in sentence case: "Protected route by post"
     */
    static String sentence(String identifier) {
        String words = words(identifier).toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * @param identifier a camel-case name or one with {@code -} or {@code _}
     * @return its words separated by single spaces, case kept
     */
    static String words(String identifier) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean boundary = Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(identifier.charAt(i - 1));
            if (c == '-' || c == '_' || c == ' ' || boundary) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                }
                word.setLength(0);
                if (!boundary) {
                    continue;
                }
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return String.join(" ", words);
    }

    /**
     * @param words words separated by spaces
     * @return them as one lower-camel identifier: "chat messages" gives {@code chatMessages}
     */
    static String camel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String word : words(words).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            char first = word.charAt(0);
            camel.append(camel.isEmpty() ? Character.toLowerCase(first) : Character.toUpperCase(first))
                    .append(word.substring(1));
        }
        return camel.toString();
    }

    /**
     * @param noun a singular noun
     * @return it with its indefinite article: "a chat", "an order"
     */
    static String withArticle(String noun) {
        return (!noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
