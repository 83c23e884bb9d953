package dev.fastkit.benchmarks.baseline;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** {@code GET /health}: lets the benchmark script wait until the baseline is up. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    @Get
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
