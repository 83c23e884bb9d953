package dev.fastkit.core.testapp;

import dev.fastkit.core.testapp.NotebookSchemas.NotebookCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookRead;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookUpdate;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

@Controller("/notebooks")
class NotebookController extends BaseController<Notebook, NotebookCreate, NotebookUpdate, NotebookRead> {

    NotebookController(NotebookService service) {
        super(service);
    }
}
