package dev.fastkit.security.testapp;

import dev.fastkit.security.user.UserAccountService;
import dev.fastkit.security.web.BaseUserController;
import io.micronaut.http.annotation.Controller;

/** The test application's {@code /users/me} routes. */
@Controller("/users")
class TestUserController extends BaseUserController {

    TestUserController(UserAccountService accounts) {
        super(accounts);
    }
}
