package dev.fastkit.core.testapp;

import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.ownership.ResourceScope;
import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookCreate;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookRead;
import dev.fastkit.core.testapp.NotebookSchemas.NotebookUpdate;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
public class NotebookService extends BaseService<Notebook, UUID, NotebookCreate, NotebookUpdate, NotebookRead> {

    private final CreateGate gate;

    public NotebookService(NotebookRepository repository, ServiceDependencies dependencies, CreateGate gate) {
        super(repository, dependencies);
        this.gate = gate;
    }

    /** A business rule in a hook: the title "forbidden" is refused. */
    @Override
    protected Notebook beforeCreate(ResourceScope scope, NotebookCreate schema, Notebook entity) {
        if ("explode".equals(entity.title())) {
            throw new IllegalStateException("internal detail: SELECT secret FROM internals");
        }
        if (CreateGate.HELD_TITLE.equals(entity.title())) {
            gate.pass();
        }
        if ("forbidden".equals(entity.title())) {
            throw UnprocessableContentException.of("/title", "is not allowed");
        }
        return entity;
    }
}
