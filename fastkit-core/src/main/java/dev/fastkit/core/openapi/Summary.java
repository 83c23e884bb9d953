package dev.fastkit.core.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code summary} of a route, such as {@code "Log in with a password"}. Without it the summary is
 * derived from the method's name ({@code protectedRoute}: "Protected route"); the routes of
 * {@link dev.fastkit.core.web.BaseController} get "Create a chat", "List chats" and so on.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Summary {

    /** @return one short sentence, without a final period */
    String value();
}
