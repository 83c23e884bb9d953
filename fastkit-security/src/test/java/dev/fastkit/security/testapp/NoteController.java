package dev.fastkit.security.testapp;

import dev.fastkit.core.ownership.OwnershipRule;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * {@code /notes}: the generated CRUD routes, scoped to the token's user (users with the role {@code admin} read every
 * user's notes); no business rules, so no service class.
 */
@Controller("/notes")
class NoteController extends BaseController<Note, NoteCreate, NoteUpdateFull, NoteRead> {

    NoteController(NoteRepository notes, ServiceDependencies dependencies) {
        super(notes, dependencies);
    }

    @Override
    protected OwnershipRule ownership() {
        return OwnershipRule.owner().readableByRole("admin");
    }
}
