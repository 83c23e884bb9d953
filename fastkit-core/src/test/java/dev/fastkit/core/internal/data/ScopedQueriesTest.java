package dev.fastkit.core.internal.data;

import dev.fastkit.core.testapp.Note;
import dev.fastkit.core.testapp.NoteRepository;
import dev.fastkit.core.testapp.Notebook;
import dev.fastkit.core.testapp.NotebookRepository;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FastKit reads rows by position with its own reader; what it reads must equal what Micronaut Data's repository
 * reads from the same rows, on the fast path and on the fallback for columns it does not read itself.
 */
@MicronautTest(environments = "test", transactional = false)
class ScopedQueriesTest {

    @Inject
    EntityStatements dependencies;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    NotebookRepository notebooks;

    @Inject
    NoteRepository notes;

    @Inject
    TaskRepository tasks;

    @Inject
    LabelRepository labels;

    @Test
    void shouldReadPlainRowsExactlyAsMicronautDataDoes() {
        UUID owner = UUID.randomUUID();
        Notebook withoutDescription = notebooks.save(new Notebook(null, "plain", null, owner, null, null, null));
        Notebook withDescription = notebooks.save(new Notebook(null, "described", "some text", owner, null, null, null));
        ScopedQueries<Notebook> queries = dependencies.queries(Notebook.class, null);

        assertThat(unitOfWork.read(() -> queries.findOne(withoutDescription.id(), owner, null)))
                .contains(notebooks.findById(withoutDescription.id()).orElseThrow());
        assertThat(unitOfWork.read(() -> queries.findPage(owner, null, Sort.of(Sort.Order.asc("title")), 0, 10)))
                .containsExactly(notebooks.findById(withDescription.id()).orElseThrow(),
                        notebooks.findById(withoutDescription.id()).orElseThrow());
        assertThat(unitOfWork.read(() -> queries.findOne(withoutDescription.id(), UUID.randomUUID(), null))).isEmpty();
        assertThat(queries.isPlain()).as("Notebook has only plain columns, so FastKit's reader reads it").isTrue();
    }

    @Test
    void shouldScopeChildRowsByTheirParent() {
        UUID owner = UUID.randomUUID();
        Notebook first = notebooks.save(new Notebook(null, "first", null, owner, null, null, null));
        Notebook second = notebooks.save(new Notebook(null, "second", null, owner, null, null, null));
        Note inFirst = notes.save(new Note(null, first.id(), owner, "in first", null, null, null));
        notes.save(new Note(null, second.id(), owner, "in second", null, null, null));
        ScopedQueries<Note> queries = dependencies.queries(Note.class, "notebookId");

        List<Note> page = unitOfWork.read(
                () -> queries.findPage(null, first.id(), Sort.of(Sort.Order.desc("createdAt")), 0, 10));

        assertThat(page).containsExactly(notes.findById(inFirst.id()).orElseThrow());
        assertThat(unitOfWork.read(() -> queries.findOne(inFirst.id(), null, second.id()))).isEmpty();
    }

    @Test
    void shouldLeaveEntitiesWithOtherColumnsToMicronautData() {
        Task task = tasks.save(new Task(UUID.randomUUID(), "write", Task.Status.DONE, 3, new BigDecimal("1.50"),
                LocalDate.of(2026, 11, 21)));
        ScopedQueries<Task> queries = dependencies.queries(Task.class, null);

        assertThat(unitOfWork.read(() -> queries.findOne(task.id(), null, null))).contains(task);
        assertThat(queries.isPlain()).as("an enum column is read by Micronaut Data's mapper").isFalse();
    }

    @Test
    void shouldFillMutableEntitiesThroughTheirSetters() {
        Label label = new Label();
        label.setId(UUID.randomUUID());
        label.setName("urgent");
        labels.save(label);
        ScopedQueries<Label> queries = dependencies.queries(Label.class, null);

        Label read = unitOfWork.read(() -> queries.findOne(label.getId(), null, null)).orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(labels.findById(label.getId()).orElseThrow());
        assertThat(read.getName()).isEqualTo("urgent");
        assertThat(read.getColor()).isNull();
        assertThat(read.getCreatedAt()).isNotNull();
        assertThat(queries.isPlain()).as("a mutable class with plain columns is read by FastKit's reader").isTrue();
    }
}
