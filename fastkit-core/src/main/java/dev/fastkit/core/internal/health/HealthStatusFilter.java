package dev.fastkit.core.internal.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;
import io.micronaut.management.health.indicator.HealthResult;

/**
 * Gives a health answer its HTTP status: the status configured for the health status in
 * {@code endpoints.health.status.http-mapping} when there is one, otherwise {@code 503 Service Unavailable} for a
 * status that is not operational ({@code DOWN}) and {@code 200} for the rest. It does what {@code micronaut-management}'s
 * {@link HealthResultFilter} does, for {@code /health}, {@code /health/liveness} and {@code /health/readiness} alike,
 * and replaces it.
 *
 * <p>Why a replacement: Micronaut's router keeps one ready list of the server filters that match every path, and hands
 * it out as is while every filter matches every path. One filter with path patterns, such as
 * {@code HealthResultFilter}'s three, makes it build a new list for every request instead: it matches each pattern
 * against the path and sorts the filters again (measured in benchmarks/README.md, fifth round).
 * This filter matches every path and looks at the body instead, which costs one type check per answer.
 *
 * <p>Active only where {@code micronaut-management}'s health endpoint is ({@code endpoints.health.enabled}).
 */
@Internal
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(classes = HealthEndpoint.class)
@Requires(beans = HealthEndpoint.class)
@Replaces(HealthResultFilter.class)
public final class HealthStatusFilter {

    private final HealthEndpoint healthEndpoint;

    /**
     * @param healthEndpoint the endpoint whose status mapping ({@code endpoints.health.status.http-mapping}) applies
     */
    public HealthStatusFilter(HealthEndpoint healthEndpoint) {
        this.healthEndpoint = healthEndpoint;
    }

    /**
     * Sets the status of an answer whose body is a {@link HealthResult}; leaves every other answer as it is.
     *
     * @param response the answer on its way out
     */
    @ResponseFilter
    public void applyHealthStatus(MutableHttpResponse<?> response) {
        if (!(response.body() instanceof HealthResult result)) {
            return;
        }
        HealthStatus status = result.getStatus();
        HttpStatus mapped = healthEndpoint.getStatusConfiguration().getHttpMapping().get(status.getName());
        if (mapped != null) {
            response.status(mapped);
        } else if (!status.getOperational().orElse(true)) {
            response.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }
}
