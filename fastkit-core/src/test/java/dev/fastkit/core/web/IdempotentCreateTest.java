package dev.fastkit.core.web;

import dev.fastkit.core.testapp.CreateGate;
import dev.fastkit.core.testapp.IdempotencyKeyRows;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md's "Idempotent creates" on the generated {@code POST}, through HTTP against PostgreSQL. */
@MicronautTest(environments = "test", transactional = false)
class IdempotentCreateTest extends ResourceTestSupport {

    static final String KEY = "Idempotency-Key";

    @Inject
    CreateGate gate;

    @Inject
    IdempotencyKeyRows keyRows;

    @Test
    void shouldAnswerARepeatWithTheFirstAnswerAndCreateNothing() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"once\", \"description\": \"d\"}");

        HttpTestClient.Reply repeat = postNotebook(alice, key, "{\"title\": \"once\", \"description\": \"d\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isEqualTo("/notebooks/" + first.field("id"));
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(repeat.header("Content-Type")).startsWith("application/json");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(first.field("title")).isEqualTo("once");
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldTakeTheSameJsonValueWrittenDifferentlyForARepeat() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"same\", \"description\": null}");

        HttpTestClient.Reply repeat = postNotebook(alice, key, "{ \"description\" : null ,\n \"title\":\"same\" }");

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldReplayTheFirstAnswerEvenAfterTheResourceChanged() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"before\"}");
        assertThat(http.patch(first.header("Location")).header(PRINCIPAL, alice).json("{\"title\": \"after\"}")
                .send().status()).isEqualTo(200);

        HttpTestClient.Reply repeat = postNotebook(alice, key, "{\"title\": \"before\"}");

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("ETag")).isEqualTo("\"0\"");
        assertThat(repeat.body()).isEqualTo(first.body());
    }

    @Test
    void shouldReplayANestedCreateWithItsLocation() {
        String notebook = createNotebook(alice, "with notes").field("id");
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = http.post("/notebooks/" + notebook + "/notes").header(PRINCIPAL, alice)
                .header(KEY, key).json("{\"body\": \"remember\"}").send();

        HttpTestClient.Reply repeat = http.post("/notebooks/" + notebook + "/notes").header(PRINCIPAL, alice)
                .header(KEY, key).json("{\"body\": \"remember\"}").send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo("/notebooks/" + notebook + "/notes/" + first.field("id"));
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(http.get("/notebooks/" + notebook + "/notes").header(PRINCIPAL, alice).send()
                .header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void shouldAnswer422ForAKeyReusedWithAnotherBodyAndCreateNothing() {
        String key = UUID.randomUUID().toString();
        postNotebook(alice, key, "{\"title\": \"original\"}");

        HttpTestClient.Reply reused = postNotebook(alice, key, "{\"title\": \"another\"}");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.errorPointers()).containsExactly(KEY);
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldAnswer422ForAKeyReusedOnAnotherRoute() {
        String key = UUID.randomUUID().toString();
        String notebook = postNotebook(alice, key, "{\"title\": \"t\"}").field("id");

        HttpTestClient.Reply reused = http.post("/notebooks/" + notebook + "/notes").header(PRINCIPAL, alice)
                .header(KEY, key).json("{\"body\": \"t\"}").send();

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorPointers()).containsExactly(KEY);
        assertThat(http.get("/notebooks/" + notebook + "/notes").header(PRINCIPAL, alice).send()
                .header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void shouldKeepKeysPerUser() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply alices = postNotebook(alice, key, "{\"title\": \"mine\"}");

        HttpTestClient.Reply bobs = postNotebook(bob, key, "{\"title\": \"mine\"}");
        HttpTestClient.Reply bobsRepeat = postNotebook(bob, key, "{\"title\": \"mine\"}");

        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.field("id")).isNotEqualTo(alices.field("id"));
        assertThat(bobs.field("owner_id")).isEqualTo(bob);
        assertThat(bobsRepeat.body()).isEqualTo(bobs.body());
        assertThat(notebooks(alice)).isEqualTo(1);
        assertThat(notebooks(bob)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a\tb"})
    void shouldAnswer400ForAKeyOutsideTheAllowedForm(String key) {
        HttpTestClient.Reply reply = postNotebook(alice, key, "{\"title\": \"never\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errorPointers()).containsExactly(KEY);
        assertThat(notebooks(alice)).isZero();
    }

    @Test
    void shouldAnswer400ForAKeyOf256Characters() {
        HttpTestClient.Reply tooLong = postNotebook(alice, "k".repeat(256), "{\"title\": \"never\"}");
        HttpTestClient.Reply longest = postNotebook(alice, "k".repeat(255), "{\"title\": \"just\"}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(longest.status()).isEqualTo(201);
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    /** Sent byte for byte: control characters, and non-ASCII as UTF-8 ({@code é} is C3 A9) and as ISO-8859-1 (E9). */
    @ParameterizedTest
    @ValueSource(strings = {"ab\u0001cd", "ab\u001bcd", "ab\u007fcd", "cl\u00c3\u00a9", "cl\u00e9"})
    void shouldAnswer400ForAKeyWithAControlOrNonAsciiCharacter(String key) throws Exception {
        String answer = RawHttp.post(server.getURI(), "/notebooks", "{\"title\": \"never\"}",
                PRINCIPAL + ": " + alice, KEY + ": " + key);

        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("content-type: application/problem+json");
        assertThat(notebooks(alice)).isZero();
    }

    @Test
    void shouldAnswer400ForTwoKeys() throws Exception {
        String answer = RawHttp.post(server.getURI(), "/notebooks", "{\"title\": \"never\"}",
                PRINCIPAL + ": " + alice, KEY + ": one", KEY + ": two");

        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("content-type: application/problem+json");
        assertThat(notebooks(alice)).isZero();
    }

    @Test
    void shouldAcceptPrintableAsciiWithSpacesAndSymbols() {
        String key = "\"a key\" with: symbols ~!@#$%^&*()_+{}|<>?";
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"symbols\"}");

        HttpTestClient.Reply repeat = postNotebook(alice, key, "{\"title\": \"symbols\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldAnswer409WhileTheFirstRequestIsStillBeingProcessed() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\": \"" + CreateGate.HELD_TITLE + "\"}";
        gate.close();
        CompletableFuture<HttpTestClient.Reply> first = CompletableFuture.supplyAsync(() -> postNotebook(alice, key, body));
        try {
            assertThat(gate.awaitArrival(Duration.ofSeconds(30))).as("the first create reached the gate").isTrue();

            HttpTestClient.Reply whileInFlight = postNotebook(alice, key, body);

            assertThat(whileInFlight.status()).as(whileInFlight.toString()).isEqualTo(409);
            assertThat(whileInFlight.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            gate.open();
        }
        HttpTestClient.Reply answered = first.get(30, TimeUnit.SECONDS);
        HttpTestClient.Reply afterwards = postNotebook(alice, key, body);
        assertThat(answered.status()).isEqualTo(201);
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(afterwards.body()).isEqualTo(answered.body());
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldStoreNoKeyWhenAHookRefusesTheCreate() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply refused = postNotebook(alice, key, "{\"title\": \"forbidden\"}");

        HttpTestClient.Reply next = postNotebook(alice, key, "{\"title\": \"allowed\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorPointers()).containsExactly("/title");
        assertThat(next.status()).isEqualTo(201);
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldStoreNoKeyWhenTheBodyBreaksTheSchema() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply broken = postNotebook(alice, key, "{\"title\": \"\"}");

        HttpTestClient.Reply next = postNotebook(alice, key, "{\"title\": \"valid\"}");

        assertThat(broken.status()).isEqualTo(422);
        assertThat(next.status()).isEqualTo(201);
        assertThat(keyRows.count(alice)).isEqualTo(1);
    }

    @Test
    void shouldStoreNoKeyWhenTheCreateConflicts() {
        createNotebook(alice, "taken");
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply conflict = postNotebook(alice, key, "{\"title\": \"taken\"}");

        HttpTestClient.Reply next = postNotebook(alice, key, "{\"title\": \"free\"}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(next.status()).isEqualTo(201);
        assertThat(notebooks(alice)).isEqualTo(2);
    }

    @Test
    void shouldProcessAnExpiredKeyAnew() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"yesterday\", \"description\": \"1\"}");
        keyRows.age(alice, Duration.ofHours(24).plusMinutes(1));

        HttpTestClient.Reply anew = postNotebook(alice, key, "{\"title\": \"today\", \"description\": \"2\"}");
        HttpTestClient.Reply repeat = postNotebook(alice, key, "{\"title\": \"today\", \"description\": \"2\"}");

        assertThat(anew.status()).isEqualTo(201);
        assertThat(anew.field("id")).isNotEqualTo(first.field("id"));
        assertThat(repeat.body()).isEqualTo(anew.body());
        assertThat(notebooks(alice)).isEqualTo(2);
        assertThat(keyRows.count(alice)).isEqualTo(1);
    }

    @Test
    void shouldStillReplayAKeyJustUnderItsLifetime() {
        String key = UUID.randomUUID().toString();
        HttpTestClient.Reply first = postNotebook(alice, key, "{\"title\": \"recent\"}");
        keyRows.age(alice, Duration.ofHours(23).plusMinutes(59));

        HttpTestClient.Reply repeat = postNotebook(alice, key, "{\"title\": \"recent\"}");

        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(notebooks(alice)).isEqualTo(1);
    }

    @Test
    void shouldCreateEveryTimeWithoutAKey() {
        postNotebook(alice, null, "{\"title\": \"a\"}");
        postNotebook(alice, null, "{\"title\": \"b\"}");

        assertThat(notebooks(alice)).isEqualTo(2);
        assertThat(keyRows.count(alice)).isZero();
    }

    private HttpTestClient.Reply postNotebook(String owner, String key, String json) {
        HttpTestClient.Call call = http.post("/notebooks").header(PRINCIPAL, owner).json(json);
        if (key != null) {
            call.header(KEY, key);
        }
        return call.send();
    }

    private long notebooks(String owner) {
        HttpTestClient.Reply list = http.get("/notebooks?limit=1").header(PRINCIPAL, owner).send();
        assertThat(list.status()).isEqualTo(200);
        return Long.parseLong(list.header("X-Total-Count"));
    }
}
