package dev.fastkit.security.testapp;

import dev.fastkit.security.auth.AuthService;
import dev.fastkit.security.auth.PasswordGrantForm;
import dev.fastkit.security.auth.PrincipalRead;
import dev.fastkit.security.refresh.RefreshCookies;
import dev.fastkit.security.token.Token;
import dev.fastkit.security.user.UserRead;
import dev.fastkit.security.web.BaseAuthController;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * The test application's auth routes: the generated signup/refresh/logout plus register, login and protected, the way
 * the example application adds them.
 */
@Controller("/auth")
class TestAuthController extends BaseAuthController {

    TestAuthController(AuthService auth, RefreshCookies cookies) {
        super(auth, cookies);
    }

    @Post("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<UserRead> register(@Body JsonNode body) {
        return registerUser(body);
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Token> login(@Body PasswordGrantForm form) {
        return loginWithPassword(form);
    }

    @Get("/protected")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<PrincipalRead> readProtected(Authentication authentication) {
        return describePrincipal(authentication);
    }

    @Post("/protected")
    @Consumes(MediaType.ALL)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<PrincipalRead> postProtected(Authentication authentication) {
        return describePrincipal(authentication);
    }
}
