package dev.fastkit.example.chat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class IncludeMessagesTest extends EndToEndTest {

    @Test
    void shouldAnswerTheLatestMessagesOldestFirst() {
        Caller alice = signUp();
        String chat = createChat(alice, "busy");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(postMessage(alice, chat, "m" + i));
        }

        Answer byDefault = api.get("/chats/" + chat + "?include=messages", alice);
        assertThat(byDefault.status()).isEqualTo(200);
        assertThat(byDefault.json()).containsEntry("title", "busy");
        assertThat(messages(byDefault)).extracting(m -> m.get("id")).containsExactlyElementsOf(ids.subList(5, 25));

        Answer latestThree = api.get("/chats/" + chat + "?include=messages&messages_limit=3", alice);
        assertThat(messages(latestThree)).extracting(m -> m.get("content")).containsExactly("m22", "m23", "m24");
        assertThat(messages(latestThree).get(0)).containsEntry("chat_id", chat);
    }

    @Test
    void shouldReadTheMessagesOfAChatInOneQueryWhateverTheirNumber() {
        Caller alice = signUp();
        String chat = createChat(alice, "counted");
        for (int i = 0; i < 30; i++) {
            postMessage(alice, chat, "m" + i);
        }
        Logger queryLog = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
        ListAppender<ILoggingEvent> queries = new ListAppender<>();
        queries.start();
        Level previous = queryLog.getLevel();
        queryLog.setLevel(Level.DEBUG);
        queryLog.addAppender(queries);
        try {
            assertThat(messages(api.get("/chats/" + chat + "?include=messages&messages_limit=30", alice))).hasSize(30);
        } finally {
            queryLog.detachAppender(queries);
            queryLog.setLevel(previous);
        }

        assertThat(queries.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(sql -> sql.toLowerCase().contains("messages"))
                .as("queries of the messages table").hasSize(1);
    }

    @Test
    void shouldOmitMessagesUnlessAskedAndAnswerEmptyListForAQuietChat() {
        Caller alice = signUp();
        String chat = createChat(alice, "quiet");
        assertThat(api.get("/chats/" + chat, alice).json()).doesNotContainKey("messages");
        assertThat(api.get("/chats", alice).array().get(0)).doesNotContainKey("messages");
        assertThat(messages(api.get("/chats/" + chat + "?include=messages", alice))).isEmpty();
    }

    @Test
    void shouldAnswer422ForAnUnknownIncludeOrALimitOutOfRange() {
        Caller alice = signUp();
        String chat = "/chats/" + createChat(alice, "room");
        for (String query : List.of("include=users", "include=", "include=messages&messages_limit=0",
                "include=messages&messages_limit=101", "include=messages&messages_limit=ten")) {
            Answer answer = api.get(chat + "?" + query, alice);
            assertThat(answer.status()).as(query).isEqualTo(422);
            assertThat(answer.json().get("errors").toString()).as(query).containsAnyOf("include", "messages_limit");
        }
        assertThat(api.get(chat + "?include=messages&messages_limit=100", alice).status()).isEqualTo(200);
        assertThat(api.get(chat + "?include=messages&messages_limit=1", alice).status()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.json().get("messages");
    }
}
