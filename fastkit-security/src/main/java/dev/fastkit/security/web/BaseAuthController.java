package dev.fastkit.security.web;

import dev.fastkit.core.openapi.Problems;
import dev.fastkit.core.openapi.RequestSchema;
import dev.fastkit.core.openapi.Summary;
import dev.fastkit.security.auth.AuthService;
import dev.fastkit.security.auth.IssuedTokens;
import dev.fastkit.security.auth.PasswordGrantForm;
import dev.fastkit.security.auth.PrincipalRead;
import dev.fastkit.security.refresh.RefreshCookies;
import dev.fastkit.security.token.Token;
import dev.fastkit.security.user.UserCreate;
import dev.fastkit.security.user.UserRead;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/**
 * The authentication routes every FastKit service gets, under the path its subclass declares (the cookie path,
 * {@code fastkit.security.refresh.cookie-path}, must match; {@code /auth} by default):
 *
 * <table>
 *     <caption>Routes</caption>
 *     <tr><th>route</th><th>answer</th></tr>
 *     <tr><td>{@code POST /signup} JSON {@code UserCreate}</td><td>201 {@link Token}, sets the refresh cookie; 409
 *     username taken; 422</td></tr>
 *     <tr><td>{@code POST /refresh} with the cookie</td><td>200 {@link Token}, sets the successor cookie; 401 (other
 *     methods 405)</td></tr>
 *     <tr><td>{@code POST /logout} with the cookie</td><td>204, cookie cleared ({@code Max-Age=0})</td></tr>
 * </table>
 *
 * A subclass adds further routes in a line each with the protected helpers. Repeat {@code @Secured} and
 * {@code @ExecuteOn(TaskExecutors.BLOCKING)} on each: class-level annotations of this base do not reach a
 * subclass's routes, and password hashing and JDBC must not run on the event loop.
 * <pre>{@code
 * @Controller("/auth")
 * class AuthController extends BaseAuthController {
 *     AuthController(AuthService auth, RefreshCookies cookies) {
 *         super(auth, cookies);
 *     }
 *
 *     @Post("/login")
 *     @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
 *     @Secured(SecurityRule.IS_ANONYMOUS)
 *     @ExecuteOn(TaskExecutors.BLOCKING)
 *     HttpResponse<Token> login(@Body PasswordGrantForm form) {
 *         return loginWithPassword(form);
 *     }
 * }
 * }</pre>
 */
public abstract class BaseAuthController {

    private final AuthService auth;
    private final RefreshCookies cookies;

    /**
     * @param auth    the auth service
     * @param cookies the refresh cookie codec
     */
    protected BaseAuthController(AuthService auth, RefreshCookies cookies) {
        this.auth = auth;
        this.cookies = cookies;
    }

    /**
     * {@code POST /signup}: creates an account and signs it in.
     *
     * @param body a {@code UserCreate} JSON body
     * @return 201 with the {@link Token} and the refresh cookie ({@code @Status} says so to the OpenAPI document)
     */
    @Post("/signup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Status(HttpStatus.CREATED)
    @RequestSchema(UserCreate.class)
    @Summary("Sign up: create an account and sign it in")
    public HttpResponse<Token> signup(@Body JsonNode body) {
        return withRefreshCookie(HttpResponse.status(HttpStatus.CREATED), auth.signup(body));
    }

    /**
     * {@code POST /refresh}: exchanges the refresh cookie for new tokens (rotation, RFC 9700).
     *
     * @param request the request carrying the cookie
     * @return 200 with the {@link Token} and the successor cookie; 401 otherwise
     */
    @Post("/refresh")
    @Consumes(MediaType.ALL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Problems(401)
    @Summary("Exchange the refresh cookie for new tokens")
    public HttpResponse<Token> refresh(HttpRequest<?> request) {
        return withRefreshCookie(HttpResponse.ok(), auth.refresh(cookies.read(request).orElse(null)));
    }

    /**
     * {@code POST /logout}: revokes the refresh cookie's token family and clears the cookie. Idempotent.
     *
     * @param request the request carrying the cookie
     * @return 204 with {@code Set-Cookie: refresh_token=; Max-Age=0}
     */
    @Post("/logout")
    @Consumes(MediaType.ALL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Summary("Log out: revoke the refresh cookie's tokens")
    public HttpResponse<Void> logout(HttpRequest<?> request) {
        auth.logout(cookies.read(request).orElse(null));
        return HttpResponse.<Void>noContent().cookie(cookies.clear());
    }

    /**
     * For a {@code register} route: creates an account without signing it in.
     *
     * @param body a {@code UserCreate} JSON body
     * @return 201 with the {@link UserRead} and {@code Location} {@link #currentUserLocation()}
     */
    protected HttpResponse<UserRead> registerUser(JsonNode body) {
        return HttpResponse.created(auth.register(body), currentUserLocation());
    }

    /**
     * For a {@code login} route: the OAuth 2.0 password grant.
     *
     * @param form the {@code application/x-www-form-urlencoded} form
     * @return 200 with the {@link Token} and the refresh cookie; 401 for a wrong username or password alike
     */
    protected HttpResponse<Token> loginWithPassword(PasswordGrantForm form) {
        return withRefreshCookie(HttpResponse.ok(), auth.login(form));
    }

    /**
     * For a {@code protected} route: who the bearer token belongs to.
     *
     * @param authentication the request's authentication
     * @return 200 with {@code {"user_id", "username"}}
     */
    protected HttpResponse<PrincipalRead> describePrincipal(Authentication authentication) {
        return HttpResponse.ok(auth.principal(authentication));
    }

    /** @return the {@code Location} of the caller's own account, {@code /users/me} unless overridden */
    protected URI currentUserLocation() {
        return URI.create("/users/me");
    }

    /** @return the auth service, for further routes */
    protected AuthService auth() {
        return auth;
    }

    private MutableHttpResponse<Token> withRefreshCookie(MutableHttpResponse<Token> response, IssuedTokens tokens) {
        return response.body(tokens.token())
                .cookie(cookies.issue(tokens.refreshToken()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
