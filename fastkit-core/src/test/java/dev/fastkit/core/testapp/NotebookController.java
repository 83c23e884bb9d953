package dev.fastkit.core.testapp;

import dev.fastkit.core.ownership.OwnershipRule;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookRead;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookUpdate;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** Notebooks: owned; principals with the role {@code admin} read every owner's notebooks. */
@Controller("/notebooks")
class NotebookController extends BaseController<Notebook, NotebookCreate, NotebookUpdate, NotebookRead> {

    NotebookController(NotebookService service) {
        super(service);
    }

    /** Admins read every owner's rows; writes stay the owner's. */
    @Override
    protected OwnershipRule ownership() {
        return OwnershipRule.owner().readableByRole("admin");
    }
}
