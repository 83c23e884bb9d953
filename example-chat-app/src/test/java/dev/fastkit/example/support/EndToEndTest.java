package dev.fastkit.example.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the end-to-end tests: the whole application runs once per JVM on a random port over a real PostgreSQL,
 * and each test talks to it over HTTP as freshly signed-up users, so tests never see each other's data.
 */
public abstract class EndToEndTest {

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper mapper;
    @Inject
    protected DataSource dataSource;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(server.getURI(), mapper);
    }

    /** The password every test user signs up with. */
    protected static final String PASSWORD = "Chat-room-42";

    /** @return a new user, signed up through {@code POST /auth/signup}, with a valid access token */
    protected Caller signUp() {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Answer signedUp = api.post("/auth/signup", null,
                "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(signedUp.status()).as("signup: %s", signedUp).isEqualTo(201);
        String token = (String) signedUp.json().get("access_token");
        Answer me = api.get("/users/me", new Caller(null, username, token));
        assertThat(me.status()).as("users/me: %s", me).isEqualTo(200);
        return new Caller(me.id(), username, token);
    }

    /**
     * Creates a chat and checks it was created.
     *
     * @param caller the owner
     * @param title  the title
     * @return the chat's id
     */
    protected String createChat(Caller caller, String title) {
        Answer created = api.post("/chats", caller, "{\"title\": \"" + title + "\"}");
        assertThat(created.status()).as("create chat: %s", created).isEqualTo(201);
        return created.id();
    }

    /**
     * Posts a message and checks it was created.
     *
     * @param caller  the author
     * @param chatId  the chat
     * @param content the text
     * @return the message's id
     */
    protected String postMessage(Caller caller, String chatId, String content) {
        Answer created = api.post("/chats/" + chatId + "/messages", caller, "{\"content\": \"" + content + "\"}");
        assertThat(created.status()).as("post message: %s", created).isEqualTo(201);
        return created.id();
    }

    /**
     * Counts rows straight in the database, to check what the API cannot show (such as cascaded deletes).
     *
     * @param table  the table
     * @param column a uuid column
     * @param value  its value
     * @return the number of rows with that value
     */
    protected long countRows(String table, String column, String value) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM " + table + " WHERE " + column + " = ?::uuid")) {
            count.setString(1, value);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
