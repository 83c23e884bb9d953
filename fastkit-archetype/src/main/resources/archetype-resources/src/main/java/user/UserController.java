package ${package}.user;

import dev.fastkit.security.user.UserAccountService;
import dev.fastkit.security.web.BaseUserController;
import io.micronaut.http.annotation.Controller;

/**
 * {@code /users/me}: the caller's own account, as FastKit security provides it. Deleting it deletes the user's
 * folders and bookmarks (foreign keys with {@code ON DELETE CASCADE}).
 */
@Controller("/users")
class UserController extends BaseUserController {

    UserController(UserAccountService accounts) {
        super(accounts);
    }
}
