package dev.fastkit.security.testapp;

import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** {@code /notes}: the generated CRUD routes, scoped to the token's user. */
@Controller("/notes")
class NoteController extends BaseController<Note, NoteCreate, NoteUpdateFull, NoteRead> {

    NoteController(NoteService service) {
        super(service);
    }
}
