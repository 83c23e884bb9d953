package dev.fastkit.example.auth;

import dev.fastkit.core.openapi.Problems;
import dev.fastkit.core.openapi.RequestSchema;
import dev.fastkit.core.openapi.Summary;
import dev.fastkit.security.auth.AuthService;
import dev.fastkit.security.auth.PasswordGrantForm;
import dev.fastkit.security.auth.PrincipalRead;
import dev.fastkit.security.refresh.RefreshCookies;
import dev.fastkit.security.token.Token;
import dev.fastkit.security.user.UserCreate;
import dev.fastkit.security.user.UserRead;
import dev.fastkit.security.web.BaseAuthController;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code /auth}: FastKit's signup, refresh and logout, plus the example's register, login and protected routes.
 * Each added route repeats {@code @ExecuteOn(BLOCKING)}: password hashing and JDBC must not run on the event loop.
 */
@Controller("/auth")
class AuthController extends BaseAuthController {

    AuthController(AuthService auth, RefreshCookies cookies) {
        super(auth, cookies);
    }

    /**
     * {@code POST /auth/register}: creates an account without signing in.
     *
     * @param body a {@code UserCreate}
     * @return 201 {@code UserRead}, {@code Location: /users/me}; 409 username taken; 422
     */
    @Post("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Status(HttpStatus.CREATED)
    @RequestSchema(UserCreate.class)
    @Summary("Register an account without signing in")
    HttpResponse<UserRead> register(@Body JsonNode body) {
        return registerUser(body);
    }

    /**
     * {@code POST /auth/login}: the OAuth 2.0 password grant.
     *
     * @param form {@code username}, {@code password}, optional {@code grant_type=password}
     * @return 200 {@code Token} and the refresh cookie; 401 for a wrong username or password alike
     */
    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Problems(401)
    @Summary("Log in with a username and password (OAuth 2.0 password grant)")
    HttpResponse<Token> login(@Body PasswordGrantForm form) {
        return loginWithPassword(form);
    }

    /**
     * {@code GET /auth/protected}: who the bearer token belongs to.
     *
     * @param authentication the caller
     * @return 200 {@code {"user_id", "username"}}; 401 without a valid token
     */
    @Get("/protected")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Summary("Tell whom the bearer token belongs to")
    HttpResponse<PrincipalRead> protectedRoute(Authentication authentication) {
        return describePrincipal(authentication);
    }

    /**
     * {@code POST /auth/protected}: the same as {@link #protectedRoute}.
     *
     * @param authentication the caller
     * @return 200 {@code {"user_id", "username"}}; 401 without a valid token
     */
    @Post("/protected")
    @Consumes(MediaType.ALL)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Summary("Tell whom the bearer token belongs to (POST)")
    HttpResponse<PrincipalRead> protectedRouteByPost(Authentication authentication) {
        return describePrincipal(authentication);
    }
}
