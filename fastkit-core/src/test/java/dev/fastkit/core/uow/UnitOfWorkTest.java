package dev.fastkit.core.uow;

import dev.fastkit.core.error.ConflictException;
import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.testapp.Note;
import dev.fastkit.core.testapp.NoteRepository;
import dev.fastkit.core.testapp.Notebook;
import dev.fastkit.core.testapp.NotebookRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(environments = "test", transactional = false)
class UnitOfWorkTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    NotebookRepository notebooks;

    @Inject
    NoteRepository notes;

    @Test
    void shouldLeaveNoPartialRowsWhenWorkFailsHalfway() {
        UUID owner = UUID.randomUUID();

        assertThatThrownBy(() -> unitOfWork.useTransaction(() -> {
            Notebook notebook = notebooks.save(notebook(owner, "half"));
            notes.save(new Note(null, notebook.id(), owner, "first", null, null, null));
            throw new IllegalStateException("failure halfway");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notebooks.findAll()).noneMatch(notebook -> owner.equals(notebook.ownerId()));
        assertThat(notes.findAll()).noneMatch(note -> owner.equals(note.ownerId()));
    }

    @Test
    void shouldCommitEveryRepositoryCallTogether() {
        UUID owner = UUID.randomUUID();

        UUID notebookId = unitOfWork.inTransaction(() -> {
            Notebook notebook = notebooks.save(notebook(owner, "whole"));
            notes.save(new Note(null, notebook.id(), owner, "first", null, null, null));
            return notebook.id();
        });

        assertThat(notebooks.findById(notebookId)).isPresent();
        assertThat(notes.findAll()).anyMatch(note -> notebookId.equals(note.notebookId()));
    }

    @Test
    void shouldRunAfterCommitCallbacksOnlyAfterACommit() {
        List<String> events = new ArrayList<>();

        unitOfWork.useTransaction(() -> {
            unitOfWork.afterCommit(() -> events.add("committed"));
            events.add("working");
        });
        assertThatThrownBy(() -> unitOfWork.useTransaction(() -> {
            unitOfWork.afterCommit(() -> events.add("must not run"));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events).containsExactly("working", "committed");
    }

    @Test
    void shouldTranslateAUniqueViolationTo409() {
        UUID owner = UUID.randomUUID();
        unitOfWork.useTransaction(() -> notebooks.save(notebook(owner, "same")));

        assertThatThrownBy(() -> unitOfWork.useTransaction(() -> notebooks.save(notebook(owner, "same"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageNotContaining("notebooks_owner_title_key");
    }

    @Test
    void shouldTranslateAMissingForeignKeyTo404() {
        UUID owner = UUID.randomUUID();

        assertThatThrownBy(() -> unitOfWork.useTransaction(
                () -> notes.save(new Note(null, UUID.randomUUID(), owner, "orphan", null, null, null))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldJoinAnOuterUnitOfWork() {
        UUID owner = UUID.randomUUID();

        assertThatThrownBy(() -> unitOfWork.useTransaction(() -> {
            unitOfWork.useTransaction(() -> notebooks.save(notebook(owner, "inner")));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notebooks.findAll()).noneMatch(notebook -> owner.equals(notebook.ownerId()));
    }

    private static Notebook notebook(UUID owner, String title) {
        return new Notebook(null, title, null, owner, null, null, null);
    }
}
