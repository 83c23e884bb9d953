package dev.fastkit.core.internal.data;

import dev.fastkit.core.error.ConflictException;
import dev.fastkit.core.error.PreconditionFailedException;
import dev.fastkit.core.testapp.Notebook;
import dev.fastkit.core.testapp.NotebookRepository;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FastKit writes updates of plain entities with its own statement; what it stores and answers must equal what
 * Micronaut Data's {@code update} stores and answers for the same change, and a stale version must change nothing.
 */
@MicronautTest(environments = "test", transactional = false)
class EntityWriterTest {

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Inject
    EntityStatements dependencies;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    NotebookRepository notebooks;

    @Inject
    TaskRepository tasks;

    @Inject
    LabelRepository labels;

    @Test
    void shouldUpdateAPlainEntityExactlyAsMicronautDataDoes() {
        Notebook viaWriter = notebooks.save(new Notebook(null, "before", "old text", UUID.randomUUID(), null, null, null));
        Notebook viaRepository = notebooks.save(
                new Notebook(null, "before", "old text", UUID.randomUUID(), null, null, null));
        EntityWriter<Notebook> writer = dependencies.writer(Notebook.class);

        // The new title, a cleared description and a forged creation time, which neither path may store.
        Notebook written = unitOfWork.inTransaction(() -> writer.update(changed(viaWriter)));
        Notebook expected = unitOfWork.inTransaction(() -> notebooks.update(changed(viaRepository)));

        assertThat(writer.isPlain()).as("Notebook has only plain columns, so FastKit writes it").isTrue();
        assertThat(written.version()).isEqualTo(expected.version()).isEqualTo(viaWriter.version() + 1);
        assertThat(written.updatedAt()).isAfter(viaWriter.updatedAt());
        Notebook stored = notebooks.findById(viaWriter.id()).orElseThrow();
        Notebook storedByRepository = notebooks.findById(viaRepository.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id", "ownerId", "updatedAt", "createdAt")
                .isEqualTo(storedByRepository);
        assertThat(stored.title()).isEqualTo("after");
        assertThat(stored.description()).isNull();
        assertThat(stored.createdAt()).as("@DateCreated is not updatable").isEqualTo(viaWriter.createdAt());
        assertThat(stored.updatedAt()).isEqualTo(written.updatedAt());
        assertThat(stored.version()).isEqualTo(written.version());
    }

    @Test
    void shouldInsertAPlainEntityExactlyAsMicronautDataDoes() {
        EntityWriter<Notebook> writer = dependencies.writer(Notebook.class);
        UUID owner = UUID.randomUUID();

        Notebook written = unitOfWork.inTransaction(
                () -> writer.insert(new Notebook(null, "by writer", null, owner, null, null, null)));
        Notebook expected = notebooks.save(new Notebook(null, "by repository", null, owner, null, null, null));

        assertThat(writer.isPlainInsert()).as("Notebook has only plain columns, so FastKit inserts it").isTrue();
        assertThat(written.id()).isNotNull();
        assertThat(written.createdAt()).isNotNull().isEqualTo(written.updatedAt());
        assertThat(written).usingRecursiveComparison().ignoringFields("id", "title", "createdAt", "updatedAt")
                .isEqualTo(expected);
        assertThat(notebooks.findById(written.id())).contains(written);
    }

    @Test
    void shouldInsertNothingWhenAStatementFails() {
        EntityWriter<Notebook> writer = dependencies.writer(Notebook.class);
        UUID owner = UUID.randomUUID();
        unitOfWork.inTransaction(() -> writer.insert(new Notebook(null, "taken", null, owner, null, null, null)));

        assertThatThrownBy(() -> unitOfWork.inTransaction(
                () -> writer.insert(new Notebook(null, "taken", "again", owner, null, null, null))))
                .as("the title is unique per owner: a 409 problem")
                .isInstanceOf(ConflictException.class);
        assertThat(notebooks.findAll()).filteredOn(notebook -> owner.equals(notebook.ownerId())).hasSize(1);
    }

    @Test
    void shouldRefuseAStaleVersionAndKeepTheRow() {
        Notebook saved = notebooks.save(new Notebook(null, "first", null, UUID.randomUUID(), null, null, null));
        EntityWriter<Notebook> writer = dependencies.writer(Notebook.class);
        unitOfWork.inTransaction(() -> writer.update(withTitle(saved, "second")));

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> writer.update(withTitle(saved, "stale"))))
                .as("the row moved on from the version this copy was read with")
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(notebooks.findById(saved.id()).orElseThrow().title()).isEqualTo("second");
    }

    @Test
    void shouldUpdateAMutableEntityThroughItsProperties() {
        Label label = new Label();
        label.setId(UUID.randomUUID());
        label.setName("urgent");
        labels.save(label);
        Instant created = labels.findById(label.getId()).orElseThrow().getCreatedAt();
        EntityWriter<Label> writer = dependencies.writer(Label.class);
        label.setColor("red");
        label.setCreatedAt(LONG_AGO);

        unitOfWork.inTransaction(() -> writer.update(label));

        Label stored = labels.findById(label.getId()).orElseThrow();
        assertThat(stored.getColor()).isEqualTo("red");
        assertThat(stored.getCreatedAt()).isEqualTo(created);
        assertThat(writer.isPlain()).isTrue();
    }

    @Test
    void shouldLeaveEntitiesWithOtherColumnsToTheRepository() {
        Task task = tasks.save(new Task(UUID.randomUUID(), "write", Task.Status.OPEN, 3, null, null));
        EntityWriter<Task> writer = dependencies.writer(Task.class);
        ResourceStore<Task> store = dependencies.store(Task.class, tasks, null, List.of(), List.of(), Map.of());
        Task done = new Task(task.id(), "write", Task.Status.DONE, 1, new BigDecimal("2.25"), LocalDate.of(2026, 11, 21));

        unitOfWork.inTransaction(() -> store.update(done));

        assertThat(tasks.findById(task.id())).contains(done);
        assertThat(writer.isPlain()).as("an enum column is written by Micronaut Data").isFalse();
        Task inserted = unitOfWork.inTransaction(() -> store.insert(
                new Task(UUID.randomUUID(), "read", Task.Status.OPEN, 2, null, null)));
        assertThat(tasks.findById(inserted.id())).contains(inserted);
        assertThat(writer.isPlainInsert()).isFalse();
        assertThatThrownBy(() -> writer.update(done)).isInstanceOf(IllegalStateException.class);
    }

    private static Notebook changed(Notebook notebook) {
        return new Notebook(notebook.id(), "after", null, notebook.ownerId(), LONG_AGO, notebook.updatedAt(),
                notebook.version());
    }

    private static Notebook withTitle(Notebook notebook, String title) {
        return new Notebook(notebook.id(), title, notebook.description(), notebook.ownerId(), notebook.createdAt(),
                notebook.updatedAt(), notebook.version());
    }
}
