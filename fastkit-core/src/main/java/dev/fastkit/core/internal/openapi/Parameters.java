package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.openapi.QueryParameter;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a route's operation: each path variable of its template (named as the template names it), its
 * {@code @QueryValue}, {@code @Header} and {@code @CookieValue} arguments (with their Jakarta constraints and
 * {@code defaultValue}), and the {@link QueryParameter}s it declares.
 */
@Internal
final class Parameters {

    private Parameters() {
    }

    /**
     * @param route   a route
     * @param schemas the document's schemas
     * @return its parameters: path variables, {@code @QueryValue}, {@code @Header} and {@code @CookieValue}
     * arguments, then its {@link QueryParameter}s
     */
    static List<Map<String, Object>> of(DocumentedRoute route, SchemaBuilder schemas) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (String variable : route.pathVariables()) {
            Argument<?> argument = Arrays.stream(route.arguments())
                    .filter(a -> variable.equals(name(a, PathVariable.class, a.getName())))
                    .findFirst().orElse(Argument.STRING);
            parameters.add(parameter(variable, "path", true, schemas.schema(argument)));
        }
        for (Argument<?> argument : route.arguments()) {
            AnnotationMetadata metadata = argument.getAnnotationMetadata();
            String in;
            String name;
            if (metadata.hasAnnotation(QueryValue.class)) {
                in = "query";
                name = name(argument, QueryValue.class, argument.getName());
            } else if (metadata.hasAnnotation(Header.class)) {
                in = "header";
                name = name(argument, Header.class, Naming.words(argument.getName()).replace(' ', '-'));
            } else if (metadata.hasAnnotation(CookieValue.class)) {
                in = "cookie";
                name = name(argument, CookieValue.class, argument.getName());
            } else {
                continue;
            }
            Optional<String> defaultValue = metadata.stringValue(QueryValue.class, "defaultValue")
                    .filter(s -> !s.isEmpty());
            boolean required = !argument.isNullable() && defaultValue.isEmpty()
                    && argument.getType() != Optional.class;
            Map<String, Object> schema = Constraints.apply(metadata, argument.getType(), schemas.schema(argument));
            defaultValue.ifPresent(value -> schema.put("default", value));
            parameters.add(parameter(name, in, required, schema));
        }
        for (AnnotationValue<QueryParameter> declared
                : route.metadata().getAnnotationValuesByType(QueryParameter.class)) {
            parameters.add(declaredQueryParameter(declared, schemas));
        }
        return parameters;
    }

    private static Map<String, Object> declaredQueryParameter(AnnotationValue<QueryParameter> declared,
                                                              SchemaBuilder schemas) {
        Class<?> type = declared.classValue("type").orElse(String.class);
        Map<String, Object> schema = schemas.schema(Argument.of(type));
        String[] allowed = declared.stringValues("allowedValues");
        if (allowed.length > 0) {
            schema.put("enum", List.of(allowed));
        }
        declared.longValue("minimum").ifPresent(min -> {
            if (min != Long.MIN_VALUE) {
                schema.put("minimum", min);
            }
        });
        declared.longValue("maximum").ifPresent(max -> {
            if (max != Long.MAX_VALUE) {
                schema.put("maximum", max);
            }
        });
        declared.stringValue("defaultValue").filter(s -> !s.isEmpty()).ifPresent(value -> schema.put("default",
                Number.class.isAssignableFrom(type) ? (Object) Long.valueOf(value) : value));
        Map<String, Object> parameter = parameter(declared.stringValue("name").orElseThrow(), "query", false, schema);
        declared.stringValue("description").filter(s -> !s.isEmpty())
                .ifPresent(description -> parameter.put("description", description));
        return parameter;
    }

    /** @return the name an annotation such as {@code @QueryValue("messages_limit")} gives, else {@code fallback} */
    private static String name(Argument<?> argument, Class<? extends Annotation> annotation, String fallback) {
        return argument.getAnnotationMetadata().stringValue(annotation).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    /**
     * @param name     the parameter's name
     * @param in       {@code path}, {@code query}, {@code header} or {@code cookie}
     * @param required whether it must be sent
     * @param schema   its schema
     * @return the parameter object
     */
    static Map<String, Object> parameter(String name, String in, boolean required, Map<String, Object> schema) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        if (required) {
            parameter.put("required", true);
        }
        parameter.put("schema", schema);
        return parameter;
    }
}
