package dev.fastkit.example.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * TEMPORARY until fastkit-security is merged: {@code Authorization: Bearer test:<user id>} authenticates as that user.
 */
@Singleton
@Requires(env = "test")
public class TemporaryBearerFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION)
                .filter(value -> value.startsWith("Bearer test:"))
                .map(value -> Mono.just(Authentication.build(value.substring("Bearer test:".length()))))
                .orElse(Mono.empty());
    }
}
