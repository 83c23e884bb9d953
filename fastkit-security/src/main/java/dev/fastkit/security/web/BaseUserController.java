package dev.fastkit.security.web;

import dev.fastkit.core.openapi.RequestSchema;
import dev.fastkit.core.openapi.Summary;
import dev.fastkit.core.schema.JsonMergePatch;
import dev.fastkit.core.service.IfMatch;
import dev.fastkit.core.service.StoredResource;
import dev.fastkit.security.user.UserAccountService;
import dev.fastkit.security.user.UserRead;
import dev.fastkit.security.user.UserUpdateFull;
import dev.fastkit.security.user.UserUpdatePartial;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

/**
 * The caller's own account, under the path its subclass declares ({@code /users} in the example):
 *
 * <table>
 *     <caption>Routes</caption>
 *     <tr><th>route</th><th>answer</th></tr>
 *     <tr><td>{@code GET /me}</td><td>200 {@link UserRead} with {@code ETag}</td></tr>
 *     <tr><td>{@code PUT /me} {@code UserUpdateFull}</td><td>200; both keys required; 409 username taken</td></tr>
 *     <tr><td>{@code PATCH /me} {@code UserUpdatePartial}</td><td>200; merge patch; password change needs
 *     {@code current_password} (422 otherwise) and revokes the refresh tokens</td></tr>
 *     <tr><td>{@code DELETE /me}</td><td>204; the user's refresh tokens and cascaded rows are deleted</td></tr>
 * </table>
 * Every route needs a valid bearer token (401 otherwise) and runs on the blocking executor; writes honour
 * {@code If-Match} (412 when stale). A subclass that adds or replaces a route repeats {@code @Secured} and
 * {@code @ExecuteOn(TaskExecutors.BLOCKING)} on it.
 * <pre>{@code
 * @Controller("/users")
 * class UserController extends BaseUserController {
 *     UserController(UserAccountService accounts) {
 *         super(accounts);
 *     }
 * }
 * }</pre>
 */
public abstract class BaseUserController {

    private final UserAccountService accounts;

    /**
     * @param accounts the account service
     */
    protected BaseUserController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * {@code GET /me}.
     *
     * @param authentication the caller
     * @return 200 with the account and its {@code ETag}
     */
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Summary("Read the caller's account")
    public HttpResponse<UserRead> me(Authentication authentication) {
        return withEntityTag(accounts.read(userId(authentication)));
    }

    /**
     * {@code PUT /me}: replaces username and full name.
     *
     * @param authentication the caller
     * @param ifMatch        the client's precondition, if any
     * @param body           a {@code UserUpdateFull} body
     * @return 200 with the updated account
     */
    @Put("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @RequestSchema(UserUpdateFull.class)
    @Summary("Replace the caller's username and full name")
    public HttpResponse<UserRead> replaceMe(Authentication authentication,
                                            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body JsonNode body) {
        return withEntityTag(accounts.replace(userId(authentication), body, IfMatch.parse(ifMatch)));
    }

    /**
     * {@code PATCH /me}: a JSON Merge Patch (RFC 7396), also accepted as {@code application/json}.
     *
     * @param authentication the caller
     * @param ifMatch        the client's precondition, if any
     * @param body           a {@code UserUpdatePartial} merge patch
     * @return 200 with the updated account
     */
    @Patch("/me")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @RequestSchema(UserUpdatePartial.class)
    @Summary("Patch the caller's account")
    public HttpResponse<UserRead> patchMe(Authentication authentication,
                                          @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body JsonNode body) {
        return withEntityTag(accounts.patch(userId(authentication), body, IfMatch.parse(ifMatch)));
    }

    /**
     * {@code DELETE /me}: deletes the account.
     *
     * @param authentication the caller
     * @param ifMatch        the client's precondition, if any
     * @return 204
     */
    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Summary("Delete the caller's account")
    public HttpResponse<Void> deleteMe(Authentication authentication,
                                       @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        accounts.delete(userId(authentication), IfMatch.parse(ifMatch));
        return HttpResponse.noContent();
    }

    /** @return the account service, for further routes */
    protected UserAccountService accounts() {
        return accounts;
    }

    /**
     * @param authentication the caller
     * @return the caller's user id (the principal name)
     */
    protected static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }

    private static MutableHttpResponse<UserRead> withEntityTag(StoredResource<UserRead> resource) {
        MutableHttpResponse<UserRead> response = HttpResponse.ok(resource.body());
        resource.entityTag().ifPresent(tag -> response.header(HttpHeaders.ETAG, tag));
        return response;
    }
}
