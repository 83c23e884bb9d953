package dev.fastkit.core.testapp;

import dev.fastkit.core.ownership.OwnershipRule;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.NotebookSchemas.NoteCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NoteRead;
import dev.fastkit.core.testapp.NotebookSchemas.NoteUpdate;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** Notes nested under notebooks: a resource without business rules, so without a service class; admins read all. */
@Controller("/notebooks/{notebook_id}/notes")
class NoteController extends BaseController<Note, NoteCreate, NoteUpdate, NoteRead> {

    NoteController(NoteRepository notes, ServiceDependencies dependencies) {
        super(notes, dependencies, new ParentResource(Notebook.class, "notebookId", "notebook_id"));
    }

    /** Admins read every owner's rows; writes stay the owner's. */
    @Override
    protected OwnershipRule ownership() {
        return OwnershipRule.owner().readableByRole("admin");
    }
}
