package dev.fastkit.core.include;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list field of a read schema as an include: {@code GET /{id}?include=<field>} fills it with the resource's
 * child rows, read in one extra query (never one per child), mapped by property name to the list's element type.
 * Without {@code include} the field is {@code null} (omit it from the JSON with
 * {@code @JsonInclude(JsonInclude.Include.NON_NULL)}). The example's chats:
 * <pre>{@code
 * @Nullable @JsonInclude(JsonInclude.Include.NON_NULL)
 * @Includable(entity = Message.class, parentProperty = "chatId", latest = true)
 * List<MessageRead> messages
 * }</pre>
 * makes {@code GET /chats/{id}?include=messages&messages_limit=5} answer the chat with its five latest messages,
 * oldest first. An unknown {@code include} value, or a limit out of range, is a 422 with the parameter as pointer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Includable {

    /** @return the child entity, a {@code @MappedEntity} */
    Class<?> entity();

    /** @return the child entity's property that holds this resource's id, such as {@code chatId} */
    String parentProperty();

    /**
     * @return whether to include the latest children (by the child's {@code @DateCreated}, then id), still answered
     *         oldest first; {@code false} includes the first ones
     */
    boolean latest() default false;

    /** @return the query parameter of the number of children, default {@code <field>_limit} */
    String limitParameter() default "";

    /** @return the number of children without the limit parameter (default 20) */
    int defaultLimit() default 20;

    /** @return the largest limit a client may ask for (default 100) */
    int maxLimit() default 100;
}
