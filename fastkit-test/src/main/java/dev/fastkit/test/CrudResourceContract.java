package dev.fastkit.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract every FastKit resource keeps, as tests a resource's own test class inherits (like a TCK): create,
 * read, list, replace, merge-patch and delete; strict schemas; ownership; {@code If-Match}. A subclass supplies the
 * server, the bodies and how to authenticate, and adds the resource's own tests beside these. A resource that
 * switches routes off names the methods its items still take in {@link #itemMethods()}; the contract then expects
 * {@code 405} with exactly those in {@code Allow} for the others, and needs no body for them.
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)
 * class ChatContractTest extends CrudResourceContract {
 *     @Inject EmbeddedServer server;
 *     @Inject JsonMapper json;
 *     protected HttpTestClient client() { return new HttpTestClient(server.getURI(), json); }
 *     protected String collectionPath(Map<String, String> owner) { return "/chats"; }
 *     protected String validCreateBody() { return "{\"title\": \"hello\"}"; }
 *     protected String validReplaceBody() { return "{\"title\": \"new\", \"description\": null}"; }
 *     protected String validPatchBody() { return "{\"title\": \"patched\"}"; }
 *     protected Map<String, String> newPrincipal() { return TestPrincipal.signUp(client()).authorization(); }
 * }
 * }</pre>
 */
public abstract class CrudResourceContract {

    private HttpTestClient http;
    private Map<String, String> owner;
    private Map<String, String> stranger;

    /** @return a client for the server under test */
    protected abstract HttpTestClient client();

    /**
     * @param principal the headers of the principal who will call it (for a nested resource, create the parent here)
     * @return the collection's path, such as {@code /chats}
     */
    protected abstract String collectionPath(Map<String, String> principal);

    /** @return a valid create body */
    protected abstract String validCreateBody();

    /**
     * @return a valid {@code PUT} body, every key present; only asked for when {@link #itemMethods()} has {@code PUT}
     */
    protected String validReplaceBody() {
        throw new UnsupportedOperationException("The resource takes PUT: override validReplaceBody()");
    }

    /** @return a valid merge patch; only asked for when {@link #itemMethods()} has {@code PATCH} */
    protected String validPatchBody() {
        throw new UnsupportedOperationException("The resource takes PATCH: override validPatchBody()");
    }

    /**
     * @return the methods the path of one resource takes: by default {@code GET}, {@code PUT}, {@code PATCH} and
     *         {@code DELETE}; fewer for a resource that switches routes off ({@code GET} is always expected)
     */
    protected Set<String> itemMethods() {
        return Set.of("GET", "PUT", "PATCH", "DELETE");
    }

    /** @return the request headers that authenticate a new, distinct principal */
    protected abstract Map<String, String> newPrincipal();

    @BeforeEach
    void setUpContract() {
        http = client();
        owner = newPrincipal();
        stranger = newPrincipal();
    }

    @Test
    void shouldCreateWith201LocationAndETag() {
        HttpTestClient.Reply created = create();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/" + created.field("id"));
        assertThat(created.header("ETag")).isNotBlank();
    }

    @Test
    void shouldReadListReplacePatchAndDelete() {
        HttpTestClient.Reply created = create();
        String path = created.header("Location");

        assertThat(send("GET", path, owner, null).status()).isEqualTo(200);
        HttpTestClient.Reply list = send("GET", collectionPath(owner), owner, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isNotNull();
        if (itemMethods().contains("PUT")) {
            assertThat(send("PUT", path, owner, validReplaceBody()).status()).isEqualTo(200);
        }
        if (itemMethods().contains("PATCH")) {
            assertThat(send("PATCH", path, owner, validPatchBody()).status()).isEqualTo(200);
        }
        if (itemMethods().contains("DELETE")) {
            assertThat(send("DELETE", path, owner, null).status()).isEqualTo(204);
            assertThat(send("GET", path, owner, null).status()).isEqualTo(404);
        }
    }

    @Test
    void shouldAnswer405WithAllowForTheMethodsAnItemDoesNotTake() {
        String path = create().header("Location");

        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            if (itemMethods().contains(method)) {
                continue;
            }
            HttpTestClient.Reply reply = send(method, path, owner, method.startsWith("P") ? "{}" : null);
            assertThat(reply.status()).as(method).isEqualTo(405);
            assertThat(Arrays.stream(String.valueOf(reply.header("Allow")).split(",")).map(String::strip))
                    .as("Allow of a %s answer", method).containsExactlyInAnyOrderElementsOf(itemMethods());
        }
        assertThat(send("GET", path, owner, null).status()).isEqualTo(200);
    }

    @Test
    void shouldRejectUnknownAndReadOnlyFieldsWith422() {
        String withUnknown = validCreateBody().replaceFirst("\\{", "{\"no_such_field\": 1, ");
        String withId = validCreateBody().replaceFirst("\\{", "{\"id\": \"" + UUID.randomUUID() + "\", ");

        HttpTestClient.Reply unknown = send("POST", collectionPath(owner), owner, withUnknown);
        HttpTestClient.Reply readOnly = send("POST", collectionPath(owner), owner, withId);

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorPointers()).contains("/no_such_field");
        assertThat(readOnly.status()).isEqualTo(422);
        assertThat(readOnly.errorPointers()).contains("/id");
    }

    @Test
    void shouldAnswerMalformedJson400AndWrongContentType415() {
        String path = collectionPath(owner);

        assertThat(send("POST", path, owner, "{\"broken\": ").status()).isEqualTo(400);
        HttpTestClient.Call call = http.post(path).body("text/plain", "plain");
        owner.forEach(call::header);
        assertThat(call.send().status()).isEqualTo(415);
    }

    @Test
    void shouldHideAnotherPrincipalsResourceWith404() {
        String path = create().header("Location");

        assertThat(send("GET", path, stranger, null).status()).isEqualTo(404);
        if (itemMethods().contains("PUT")) {
            assertThat(send("PUT", path, stranger, validReplaceBody()).status()).isEqualTo(404);
        }
        if (itemMethods().contains("PATCH")) {
            assertThat(send("PATCH", path, stranger, validPatchBody()).status()).isEqualTo(404);
        }
        if (itemMethods().contains("DELETE")) {
            assertThat(send("DELETE", path, stranger, null).status()).isEqualTo(404);
        }
        assertThat(send("GET", path, owner, null).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer412ForAStaleIfMatch() {
        HttpTestClient.Reply created = create();
        String path = created.header("Location");
        if (!itemMethods().contains("PATCH")) {
            if (!itemMethods().contains("DELETE")) {
                return;
            }
            HttpTestClient.Call call = http.delete(path).header("If-Match", "\"not-" + UUID.randomUUID() + "\"");
            owner.forEach(call::header);

            assertThat(call.send().status()).isEqualTo(412);
            assertThat(send("GET", path, owner, null).status()).as("nothing deleted").isEqualTo(200);
            return;
        }
        assertThat(send("PATCH", path, owner, validPatchBody()).status()).isEqualTo(200);

        HttpTestClient.Call call = http.patch(path).header("If-Match", created.header("ETag")).json(validPatchBody());
        owner.forEach(call::header);

        assertThat(call.send().status()).isEqualTo(412);
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        assertThat(http.get(collectionPath(owner)).send().status()).isEqualTo(401);
    }

    private HttpTestClient.Reply create() {
        return send("POST", collectionPath(owner), owner, validCreateBody());
    }

    private HttpTestClient.Reply send(String method, String path, Map<String, String> principal, String body) {
        HttpTestClient.Call call = http.call(method, path);
        principal.forEach(call::header);
        if (body != null) {
            call.json(body);
        }
        return call.send();
    }
}
