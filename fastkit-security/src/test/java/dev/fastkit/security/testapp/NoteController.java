package dev.fastkit.security.testapp;

import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

@Controller("/notes")
class NoteController extends BaseController<Note, NoteCreate, NoteUpdateFull, NoteRead> {

    NoteController(NoteService service) {
        super(service);
    }
}
