package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.NotebookSchemas.CommentCreate;
import dev.fastkit.core.testapp.NotebookSchemas.CommentRead;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import io.micronaut.http.annotation.Controller;

import java.util.Set;

/**
 * Comments under notes under notebooks: three levels, the whole chain checked; comments are never edited, so
 * {@code PUT} and {@code PATCH} are switched off.
 */
@Controller("/notebooks/{notebook_id}/notes/{note_id}/comments")
class CommentController extends BaseController<Comment, CommentCreate, Void, CommentRead> {

    CommentController(CommentRepository comments, ServiceDependencies dependencies) {
        super(comments, dependencies, new ParentResource(Note.class, "noteId", "note_id",
                new ParentResource(Notebook.class, "notebookId", "notebook_id")));
    }

    @Override
    protected Set<CrudRoute> routes() {
        return CrudRoute.allExcept(CrudRoute.REPLACE, CrudRoute.PATCH);
    }
}
