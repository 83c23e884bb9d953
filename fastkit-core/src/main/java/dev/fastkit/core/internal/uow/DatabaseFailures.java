package dev.fastkit.core.internal.uow;

import dev.fastkit.core.error.ConflictException;
import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.PreconditionFailedException;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.error.ServiceUnavailableException;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;

/**
 * Maps database failures to the HTTP answers a client should get, by PostgreSQL SQLSTATE
 * (<a href="https://www.postgresql.org/docs/current/errcodes-appendix.html">PostgreSQL error codes</a>):
 * <ul>
 *     <li>{@code 23505} unique violation: 409;</li>
 *     <li>{@code 23503} foreign-key violation: 404 when the referenced row is missing, 409 when a row is still
 *     referenced;</li>
 *     <li>{@code 23502}, {@code 23514}, {@code 22xxx} not-null, check and data errors: 422;</li>
 *     <li>{@code 40001} serialization failure and {@code 40P01} deadlock: retryable, then 409;</li>
 *     <li>an optimistic-lock failure (a row's version changed meanwhile): retryable, then 412;</li>
 *     <li>connection failures ({@code 08xxx}, {@code 53xxx}, {@code 57xxx}, pool time-outs, a pooled connection
 *     found closed while it was being set up): 503.</li>
 * </ul>
 * Anything else stays as it is and becomes a 500 whose detail reveals nothing.
 */
@Internal
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * @param failure what a unit of work threw
     * @return whether running the unit of work again may succeed: a serialization failure, a deadlock or an
     * optimistic-lock failure
     */
    public static boolean isRetryable(Throwable failure) {
        if (failure instanceof OptimisticLockException) {
            return true;
        }
        return sqlState(failure).map(state -> state.equals("40001") || state.equals("40P01")).orElse(false);
    }

    /**
     * @param failure what a unit of work or a repository threw
     * @return the {@link FastKitException} the client should get, or the failure itself when it is not a known
     * database failure
     */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof FastKitException) {
            return failure;
        }
        if (failure instanceof OptimisticLockException) {
            return new PreconditionFailedException("The resource was changed by another request; read it again.", failure);
        }
        if (hasCause(failure, ConnectionException.class)) {
            return unavailable(failure);
        }
        Optional<SQLException> sqlException = sqlException(failure);
        if (sqlException.isEmpty()) {
            return failure;
        }
        SQLException cause = sqlException.get();
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return unavailable(failure);
        }
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        return switch (state) {
            case "23505" -> new ConflictException("A resource with the same unique value already exists.", failure);
            case "23503" -> String.valueOf(cause.getMessage()).contains("still referenced")
                    ? new ConflictException("The resource is still referenced by other resources.", failure)
                    : new ResourceNotFoundException("A resource this one refers to does not exist.", failure);
            case "40001", "40P01" -> new ConflictException("The request clashed with a concurrent one; retry it.", failure);
            case "23502", "23514" -> unprocessable(failure);
            default -> classify(state, failure);
        };
    }

    private static RuntimeException classify(String state, RuntimeException failure) {
        if (state.startsWith("22")) {
            return unprocessable(failure);
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
            return unavailable(failure);
        }
        return failure;
    }

    private static FastKitException unprocessable(RuntimeException failure) {
        return new FastKitException(HttpStatus.UNPROCESSABLE_ENTITY, Problem.ABOUT_BLANK,
                "The request breaks a rule of the stored data.", List.of(), failure);
    }

    private static FastKitException unavailable(RuntimeException failure) {
        return new ServiceUnavailableException("The database is not reachable right now; retry later.", failure);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> sqlState(Throwable failure) {
        return sqlException(failure).map(SQLException::getSQLState);
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
