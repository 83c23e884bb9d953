package dev.fastkit.core.testapp;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Test-only authentication: the principal's name comes from the {@code X-Test-Principal} header, so the core's
 * ownership can be tested without the security module.
 */
@Singleton
class HeaderAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-Test-Principal";

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String principal = request.getHeaders().get(HEADER);
        return principal == null ? Publishers.empty() : Publishers.just(Authentication.build(principal));
    }
}
