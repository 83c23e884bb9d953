package dev.fastkit.core.internal.health;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Reports {@code DOWN} (so {@code GET /health} answers 503) when the application context has no {@link DataSource}
 * bean at all, and {@code UP} otherwise. Micronaut's JDBC health indicator only exists where a data source does, so
 * without this one a service with no data source would call itself healthy while every database route fails. Whether
 * a configured data source answers is the JDBC indicator's business ({@code endpoints.health.jdbc.enabled}).
 *
 * <p>Active where {@code micronaut-management}'s health endpoint is. The bean definitions are looked at once, when the
 * indicator is created.
 */
@Internal
@Singleton
@Requires(beans = HealthEndpoint.class)
public final class DataSourcePresenceIndicator implements HealthIndicator {

    /** The indicator's name in health details. */
    static final String NAME = "dataSource";

    private final HealthResult result;

    /**
     * @param context the bean context whose {@link DataSource} beans are looked for
     */
    public DataSourcePresenceIndicator(BeanContext context) {
        boolean present = !context.getBeanDefinitions(DataSource.class).isEmpty();
        this.result = present
                ? HealthResult.builder(NAME, HealthStatus.UP).build()
                : HealthResult.builder(NAME, HealthStatus.DOWN)
                        .details(Map.of("error", "no DataSource bean: configure datasources.default"))
                        .build();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result);
    }
}
