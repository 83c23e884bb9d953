package dev.fastkit.core.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 422 Unprocessable Content (RFC 9110, section 15.5.21): the request was well-formed JSON but broke the
 * schema (unknown field, read-only field, wrong type, missing required field, broken constraint). Each failure is
 * listed in the problem's {@code errors} member with a JSON pointer to the offending place.
 */
public class UnprocessableContentException extends FastKitException {

    /**
     * @param errors the individual failures; at least one
     */
    public UnprocessableContentException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, Problem.ABOUT_BLANK, "The request does not match the schema.", errors, null);
    }

    /**
     * @param pointer a JSON pointer into the body, or the name of a query or path parameter
     * @param detail  what is wrong with it
     * @return an exception for that single failure
     */
    public static UnprocessableContentException of(String pointer, String detail) {
        return new UnprocessableContentException(List.of(new FieldError(pointer, detail)));
    }
}
