package dev.fastkit.core.testapp;

import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.NotebookSchemas.NoteCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NoteRead;
import dev.fastkit.core.testapp.NotebookSchemas.NoteUpdate;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
public class NoteService extends BaseService<Note, UUID, NoteCreate, NoteUpdate, NoteRead> {

    public NoteService(NoteRepository repository, ServiceDependencies dependencies, NotebookService notebooks) {
        super(repository, dependencies, new ParentResource(notebooks, "notebookId", "notebook_id"));
    }

    @Override
    protected Sort defaultSort() {
        return Sort.of(Sort.Order.asc("createdAt"));
    }
}
