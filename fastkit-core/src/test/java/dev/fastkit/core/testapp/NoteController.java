package dev.fastkit.core.testapp;

import dev.fastkit.core.testapp.NotebookSchemas.NoteCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NoteRead;
import dev.fastkit.core.testapp.NotebookSchemas.NoteUpdate;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

@Controller("/notebooks/{notebook_id}/notes")
class NoteController extends BaseController<Note, NoteCreate, NoteUpdate, NoteRead> {

    NoteController(NoteService service) {
        super(service);
    }
}
