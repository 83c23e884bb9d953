package dev.fastkit.core.internal.idempotency;

import dev.fastkit.core.error.ConflictException;
import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates sent with an {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header), per user:
 * <ul>
 *     <li>without the header, the create runs as it would anyway;</li>
 *     <li>a key that is not 1 to {@value #MAX_LENGTH} printable ASCII characters, or more than one such header: 400;</li>
 *     <li>a new key: the create runs, and its answer (status, {@code Location}, {@code ETag}, body) is stored in the
 *     create's own transaction, so a create that fails or rolls back leaves no key behind;</li>
 *     <li>a key already answered, with the same method, path and body: that answer again, and nothing runs;</li>
 *     <li>with another method, path or body: 422;</li>
 *     <li>a key whose create is still running, on this instance or another over the same database: 409.</li>
 * </ul>
 * Keys expire after {@link IdempotencyConfiguration#getTimeToLive()}.
 *
 * <p>How the database decides: the create's transaction first takes a PostgreSQL advisory lock derived from the user and
 * the key, without waiting (taken: go on; held by another transaction: 409), and reads the key's row in the same
 * statement; after the create it inserts the row. That insert is the last word: if a transaction that committed in
 * between wrote the row first, this one rolls back and answers from that row.
 */
@Internal
@Singleton
public class IdempotentCreates {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    /** The longest key accepted. */
    public static final int MAX_LENGTH = 255;

    private static final String ANONYMOUS = "";

    private final UnitOfWork unitOfWork;
    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotentCreates(UnitOfWork unitOfWork, IdempotencyStore store, JsonMapper json) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.json = json;
    }

    /**
     * Runs a create once per user and {@code Idempotency-Key}.
     *
     * @param request the request, for its key, principal, method and path
     * @param body    the request body as parsed, or {@code null} for none
     * @param create  the create: binds the body, writes in a unit of work (which joins this one) and builds the answer,
     *                whose body is then written as JSON
     * @param <T>     The answer's body type
     * @return the create's answer, or the stored answer of the key's first request
     * @throws FastKitException 400 for a malformed key, 422 for a key used with another request, 409 while the key's
     *                          first request is still running; whatever {@code create} throws
     */
    public <T> HttpResponse<T> run(HttpRequest<?> request, @Nullable JsonNode body,
                                   Supplier<? extends MutableHttpResponse<T>> create) {
        List<String> keys = request.getHeaders().getAll(HEADER);
        if (keys.isEmpty()) {
            return create.get();
        }
        String key = valid(keys);
        String principal = request.getUserPrincipal().map(Principal::getName).orElse(ANONYMOUS);
        byte[] fingerprint = RequestFingerprint.of(request.getMethodName(), request.getPath(), body);
        try {
            return unitOfWork.inTransaction(() -> {
                IdempotencyStore.Claim claim = store.claim(principal, key);
                if (!claim.locked()) {
                    throw inFlight();
                }
                if (claim.existing() != null) {
                    return replay(claim.existing(), fingerprint);
                }
                MutableHttpResponse<T> response = create.get();
                byte[] bytes = response.getBody().map(this::toJson).orElse(null);
                StoredAnswer answer = StoredAnswer.of(response, bytes);
                if (!store.save(principal, key, fingerprint, answer)) {
                    throw new KeyTaken();
                }
                return withBody(response, bytes);
            });
        } catch (KeyTaken taken) {
            Optional<IdempotencyStore.StoredKey> stored = unitOfWork.read(() -> store.find(principal, key));
            return replay(stored.orElseThrow(IdempotentCreates::inFlight), fingerprint);
        }
    }

    private static String valid(List<String> keys) {
        String key = keys.get(0);
        String problem = keys.size() > 1 ? "must be sent once"
                : key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
                ? "must be 1 to " + MAX_LENGTH + " printable ASCII characters" : null;
        if (problem != null) {
            throw new FastKitException(HttpStatus.BAD_REQUEST, Problem.ABOUT_BLANK,
                    "The " + HEADER + " header " + problem + ".", List.of(new FieldError(HEADER, problem)), null);
        }
        return key;
    }

    private static <T> HttpResponse<T> replay(IdempotencyStore.StoredKey stored, byte[] fingerprint) {
        if (!Arrays.equals(stored.fingerprint(), fingerprint)) {
            throw new FastKitException(HttpStatus.UNPROCESSABLE_ENTITY, Problem.ABOUT_BLANK,
                    "This " + HEADER + " was already used for a different request.",
                    List.of(new FieldError(HEADER, "was used with another method, path or body")), null);
        }
        return cast(stored.answer().toResponse());
    }

    private static ConflictException inFlight() {
        return new ConflictException("The first request with this " + HEADER + " is still being processed; "
                + "repeat it once that one is answered.");
    }

    private byte[] toJson(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer with its body as the bytes that were stored, so that a repeat gets exactly the same body. */
    private static <T> HttpResponse<T> withBody(MutableHttpResponse<T> response, byte @Nullable [] bytes) {
        if (bytes == null) {
            return response;
        }
        return cast(response.contentType(MediaType.APPLICATION_JSON_TYPE).body(bytes));
    }

    /**
     * The answer's body is JSON bytes where the route declares its read schema: the route's declared type is only what
     * the answer documents, and Micronaut writes bytes as they are.
     */
    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> cast(HttpResponse<?> response) {
        return (HttpResponse<T>) response;
    }

    /** The key's row was written by a transaction that committed after this one claimed the key. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }
}
