package dev.fastkit.core.testapp;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Arrays;
import java.util.List;

/**
 * Test-only authentication: the principal's name comes from the {@code X-Test-Principal} header, so the core's
 * ownership can be tested without the security module; its roles from the comma-separated {@code X-Test-Roles}.
 */
@Singleton
class HeaderAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-Test-Principal";
    static final String ROLES_HEADER = "X-Test-Roles";

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String principal = request.getHeaders().get(HEADER);
        if (principal == null) {
            return Publishers.empty();
        }
        String roles = request.getHeaders().get(ROLES_HEADER);
        List<String> named = roles == null ? List.of()
                : Arrays.stream(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty()).toList();
        return Publishers.just(Authentication.build(principal, named));
    }
}
