package dev.fastkit.core.internal.openapi;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Internal;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jakarta Validation constraints as OpenAPI 3.0 (JSON Schema) keywords: {@code @NotBlank} and {@code @NotEmpty} as a
 * minimum length of 1 (and {@code @NotBlank} as the pattern {@code \S} unless {@code @Pattern} gives one),
 * {@code @Size} as {@code minLength}/{@code maxLength} or {@code minItems}/{@code maxItems}, {@code @Pattern} as
 * {@code pattern}, {@code @Email} as the format {@code email}, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @Positive} and the like as {@code minimum}/{@code maximum} (exclusive where they are).
 */
@Internal
final class Constraints {

    private Constraints() {
    }

    /**
     * @param metadata a property's annotations
     * @return whether a constraint forbids {@code null} ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty})
     */
    static boolean forbidsNull(AnnotationMetadata metadata) {
        return has(metadata, NotNull.class) || has(metadata, NotBlank.class) || has(metadata, NotEmpty.class);
    }

    /**
     * @param metadata a property's or parameter's annotations
     * @param type     its type
     * @param schema   its schema, changed in place unless it is a {@code $ref}
     * @return {@code schema}
     */
    static Map<String, Object> apply(AnnotationMetadata metadata, Class<?> type, Map<String, Object> schema) {
        if (schema.containsKey("$ref")) {
            return schema;
        }
        boolean array = SchemaBuilder.isCollection(type);
        String minKey = array ? "minItems" : "minLength";
        String maxKey = array ? "maxItems" : "maxLength";
        if (has(metadata, NotBlank.class) || has(metadata, NotEmpty.class)) {
            schema.put(minKey, 1);
        }
        first(metadata, Size.class).ifPresent(size -> {
            int min = size.intValue("min").orElse(0);
            int max = size.intValue("max").orElse(Integer.MAX_VALUE);
            if (min > 0) {
                schema.merge(minKey, min, (a, b) -> Math.max((Integer) a, (Integer) b));
            }
            if (max < Integer.MAX_VALUE) {
                schema.put(maxKey, max);
            }
        });
        first(metadata, Pattern.class).flatMap(pattern -> pattern.stringValue("regexp"))
                .ifPresent(regexp -> schema.put("pattern", regexp));
        if (has(metadata, NotBlank.class) && !array) {
            schema.putIfAbsent("pattern", "\\S");
        }
        if (has(metadata, Email.class)) {
            schema.put("format", "email");
        }
        first(metadata, Min.class).ifPresent(min -> min.longValue().ifPresent(value -> schema.put("minimum", value)));
        first(metadata, Max.class).ifPresent(max -> max.longValue().ifPresent(value -> schema.put("maximum", value)));
        decimal(metadata, DecimalMin.class, "minimum", "exclusiveMinimum", schema);
        decimal(metadata, DecimalMax.class, "maximum", "exclusiveMaximum", schema);
        if (has(metadata, Positive.class) || has(metadata, PositiveOrZero.class)) {
            schema.put("minimum", 0);
            if (has(metadata, Positive.class)) {
                schema.put("exclusiveMinimum", true);
            }
        }
        if (has(metadata, Negative.class) || has(metadata, NegativeOrZero.class)) {
            schema.put("maximum", 0);
            if (has(metadata, Negative.class)) {
                schema.put("exclusiveMaximum", true);
            }
        }
        return schema;
    }

    private static void decimal(AnnotationMetadata metadata, Class<? extends Annotation> annotation,
                                String bound, String exclusive, Map<String, Object> schema) {
        first(metadata, annotation).ifPresent(value -> value.stringValue().ifPresent(text -> {
            try {
                schema.put(bound, new BigDecimal(text));
            } catch (NumberFormatException e) {
                return;
            }
            if (!value.booleanValue("inclusive").orElse(true)) {
                schema.put(exclusive, true);
            }
        }));
    }

    private static boolean has(AnnotationMetadata metadata, Class<? extends Annotation> annotation) {
        return first(metadata, annotation).isPresent();
    }

    /** Constraints are repeatable, so Micronaut may keep them inside their {@code List} container. */
    private static <A extends Annotation> Optional<AnnotationValue<A>> first(AnnotationMetadata metadata,
                                                                            Class<A> annotation) {
        List<AnnotationValue<A>> values = metadata.getAnnotationValuesByType(annotation);
        return values.isEmpty() ? metadata.findAnnotation(annotation) : Optional.of(values.get(0));
    }
}
