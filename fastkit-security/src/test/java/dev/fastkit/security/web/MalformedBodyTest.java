package dev.fastkit.security.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security module's body-taking routes refuse malformed bodies like every FastKit route (400, 415), change
 * nothing, and never write what the client sent to the log.
 */
@MicronautTest(transactional = false)
class MalformedBodyTest {

    private static final String SECRET = "Leaked-Pa55word!";

    @Inject
    Api api;

    private Api.Session session;
    private ListAppender<ILoggingEvent> log;

    @BeforeEach
    void signUpAndWatchTheLog() {
        session = api.newSession();
        log = new ListAppender<>();
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        root().detachAppender(log);
    }

    static Stream<Arguments> malformedBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("POST /auth/signup", "POST /auth/register", "PUT /users/me", "PATCH /users/me")) {
            String valid = "{\"username\": \"x" + SECRET.length() + "y\", \"password\": \"" + SECRET + "\"";
            cases.add(Arguments.of(route, "application/json", valid + "}xyz", 400));
            cases.add(Arguments.of(route, "application/json", valid + "}" + valid + "}", 400));
            cases.add(Arguments.of(route, "application/json", valid + ", \"password\": \"" + SECRET + "\"}", 400));
            cases.add(Arguments.of(route, "application/json", valid + ", \"full_name\": \"\\udc00" + SECRET + "\"}", 400));
            cases.add(Arguments.of(route, null, valid + "}", 415));
            cases.add(Arguments.of(route, "json", valid + "}", 415));
        }
        String form = "application/x-www-form-urlencoded";
        cases.add(Arguments.of("POST /auth/login", form, "username=%ZZ" + SECRET + "&password=" + SECRET, 400));
        cases.add(Arguments.of("POST /auth/login", form, "username=alice&password=" + SECRET + "%", 400));
        cases.add(Arguments.of("POST /auth/login", form, "username=alice&password=" + SECRET + "%C0%AF", 400));
        cases.add(Arguments.of("POST /auth/login", null, "username=alice&password=" + SECRET, 415));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("malformedBodies")
    void shouldRefuseAMalformedBodyChangeNothingAndLogNoneOfIt(String route, String contentType, String body, int status) {
        String[] parts = route.split(" ");
        ApiResponse before = api.get("/users/me", "Authorization", session.authorization());

        ApiResponse reply = api.send(parts[0], parts[1], contentType, body, "Authorization", session.authorization());

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.get("/users/me", "Authorization", session.authorization()).text()).isEqualTo(before.text());
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains(SECRET));
        assertThat(log.list).filteredOn(event -> event.getThrowableProxy() != null)
                .extracting(event -> event.getThrowableProxy().getMessage())
                .noneMatch(message -> message != null && message.contains(SECRET));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
