package dev.fastkit.core.internal.invalidation;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Listens on PostgreSQL's {@code fastkit_invalidation} channel ({@code LISTEN}, see {@link InvalidationPublisher})
 * and hands each notification's payload {@code topic:key} to the {@link InvalidationListener}s of that topic.
 *
 * <p>It holds one dedicated connection per instance, opened by {@link ListeningConnections} with the default data
 * source's URL and credentials but outside its pool: a connection that waits for ever would otherwise take one of the
 * pool's slots, and Hikari would retire it at its maximum lifetime and report it as leaked. One daemon thread,
 * {@code fastkit-invalidation}, waits in {@link PGConnection#getNotifications(int)} and sends {@code SELECT 1} after
 * 10 seconds without traffic, so that a dead connection is noticed. When the connection fails (a database restart, a
 * terminated backend) it reconnects by itself, waiting 100 ms, then twice as long after each failed attempt, at most
 * 5 seconds; once listening again it calls every listener's {@link InvalidationListener#invalidateAll()}, since
 * notifications sent meanwhile were lost. It starts with the application and stops when the application context
 * closes. With {@code fastkit.invalidation.enabled: false} it does not exist.
 */
@Internal
@Context
@Requires(property = "fastkit.invalidation.enabled", notEquals = "false")
@Requires(beans = DataSource.class)
public class InvalidationReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(InvalidationReceiver.class);
    private static final int WAIT_MILLIS = 250;
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5000;
    private static final long STOP_WAIT_MILLIS = 2000;

    private final Map<String, List<InvalidationListener>> listeners;
    private final ListeningConnections connections;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final Thread thread;

    /**
     * @param listeners  every cache to tell
     * @param dataSource the default data source's settings, whose database is listened to
     */
    InvalidationReceiver(List<InvalidationListener> listeners, @Named("default") DatasourceConfiguration dataSource) {
        this.listeners = listeners.stream().collect(Collectors.groupingBy(InvalidationListener::topic));
        this.connections = new ListeningConnections(dataSource);
        this.thread = new Thread(this::run, ListeningConnections.APPLICATION_NAME);
        this.thread.setDaemon(true);
    }

    @PostConstruct
    void start() {
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping.countDown();
        thread.join(STOP_WAIT_MILLIS);
    }

    /**
     * @return how many times this instance has started listening (and, after a reconnect, has had every listener
     * forget everything): 1 after startup, one more after each reconnect
     */
    long sessions() {
        return sessions.get();
    }

    /** @return how many notifications this instance has dispatched to its listeners */
    long received() {
        return received.get();
    }

    private void run() {
        long backoff = FIRST_BACKOFF_MILLIS;
        boolean mayHaveMissed = false;
        while (!isStopping()) {
            long listeningSince = 0;
            try (Connection connection = connections.open()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + InvalidationPublisher.CHANNEL);
                }
                listeningSince = System.nanoTime();
                if (mayHaveMissed) {
                    LOG.info("Listening for invalidations again; forgetting every cached entry");
                    forgetEverything();
                }
                sessions.incrementAndGet();
                receive(connection);
            } catch (SQLException | RuntimeException failure) {
                if (isStopping()) {
                    return;
                }
                mayHaveMissed = true;
                if (listeningSince != 0 && System.nanoTime() - listeningSince > MAX_BACKOFF_MILLIS * 1_000_000) {
                    backoff = FIRST_BACKOFF_MILLIS;
                }
                LOG.warn("Invalidation channel failed ({}); reconnecting in {} ms", failure.toString(), backoff);
                if (await(backoff)) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** Returns when stopping; throws when the connection fails. */
    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastTraffic = System.nanoTime();
        while (!isStopping()) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastTraffic = System.nanoTime();
                for (PGNotification notification : notifications) {
                    dispatch(notification.getParameter());
                }
            } else if (System.nanoTime() - lastTraffic > HEARTBEAT_NANOS) {
                try (Statement heartbeat = connection.createStatement()) {
                    heartbeat.execute("SELECT 1");
                }
                lastTraffic = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        received.incrementAndGet();
        int colon = payload.indexOf(':');
        String topic = colon < 0 ? payload : payload.substring(0, colon);
        String key = colon < 0 ? "" : payload.substring(colon + 1);
        for (InvalidationListener listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.invalidate(key);
            } catch (RuntimeException failure) {
                LOG.warn("Invalidation listener {} failed on '{}'", listener, payload, failure);
            }
        }
    }

    private void forgetEverything() {
        listeners.values().stream().flatMap(List::stream).forEach(listener -> {
            try {
                listener.invalidateAll();
            } catch (RuntimeException failure) {
                LOG.warn("Invalidation listener {} failed to forget everything", listener, failure);
            }
        });
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }

    /** @return whether stopping was asked for while waiting */
    private boolean await(long millis) {
        try {
            return stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
