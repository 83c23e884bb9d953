package dev.fastkit.security.testapp;

import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ServiceDependencies;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
class NoteService extends BaseService<Note, UUID, NoteCreate, NoteUpdateFull, NoteRead> {

    NoteService(NoteRepository repository, ServiceDependencies dependencies) {
        super(repository, dependencies);
    }
}
