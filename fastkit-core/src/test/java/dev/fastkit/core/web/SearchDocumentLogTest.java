package dev.fastkit.core.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The searched document of each resource is logged as {@code @Searchable} says, so that a GIN index can match it. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDocumentLogTest extends ListTestSupport {

    /**
     * Attached before the application context starts: with one instance per class, JUnit creates it (and so
     * initialises the class) before the test extension starts the context, whose start-up creates the controllers.
     */
    private static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>();

    static {
        Logger query = (Logger) LoggerFactory.getLogger("dev.fastkit.core.query");
        query.setLevel(Level.DEBUG);
        LOGGED.start();
        query.addAppender(LOGGED);
    }

    @Test
    void shouldLogTheExpressionEachSearchableResourceSearches() {
        listed(alice, "/notebooks");
        listed(alice, "/readings");
        listed(alice, "/notebooks/" + notebook(alice, "n", null) + "/notes");

        List<String> messages = LOGGED.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(messages).anyMatch(message -> message.contains("NotebookRead searches to_tsvector('english', "
                + "coalesce(title, '') || ' ' || coalesce(description, ''))"));
        assertThat(messages).anyMatch(message -> message.contains("NoteRead searches to_tsvector('english', "
                + "coalesce(body, ''))"));
        assertThat(messages).noneMatch(message -> message.contains("ReadingRead"));
    }
}
