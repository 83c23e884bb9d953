package dev.fastkit.core.internal.web;

import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import dev.fastkit.core.web.RouteAccess;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides who may call the generated routes of a {@link BaseController} from the controller's
 * {@link BaseController#accessTo(CrudRoute)}: allowed, or rejected (Micronaut Security then answers 401 to a caller
 * without credentials and 403 to an authenticated one). It runs before {@link SecuredAnnotationRule}, so the
 * declaration decides also where it differs from the {@code @Secured(IS_AUTHENTICATED)} those methods carry (which
 * stays as the fail-safe should this rule be absent). Every other route is left to the other rules
 * ({@link SecurityRuleResult#UNKNOWN}).
 */
@Internal
@Singleton
public final class RouteAccessRule implements SecurityRule<HttpRequest<?>> {

    /** Before {@link SecuredAnnotationRule}, after the IP pattern rule. */
    public static final int ORDER = SecuredAnnotationRule.ORDER - 50;

    private static final Publisher<SecurityRuleResult> ALLOWED = Publishers.just(SecurityRuleResult.ALLOWED);
    private static final Publisher<SecurityRuleResult> REJECTED = Publishers.just(SecurityRuleResult.REJECTED);
    private static final Publisher<SecurityRuleResult> UNKNOWN = Publishers.just(SecurityRuleResult.UNKNOWN);

    private final Map<UriRouteInfo<?, ?>, Optional<RouteAccess>> declared = new ConcurrentHashMap<>();

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<RouteAccess> access = RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .flatMap(match -> declared.computeIfAbsent(((UriRouteMatch<?, ?>) match).getRouteInfo(),
                        RouteAccessRule::access));
        if (access.isEmpty()) {
            return UNKNOWN;
        }
        return access.get().allows(authentication) ? ALLOWED : REJECTED;
    }

    /**
     * @param route a route of the router
     * @return the access its controller declares, if it is one of the generated routes of a {@link BaseController}
     */
    public static Optional<RouteAccess> access(UriRouteInfo<?, ?> route) {
        return RouteSwitches.generatedRoute(route).flatMap(generated ->
                route.getTargetMethod().getTarget() instanceof BaseController<?, ?, ?, ?> controller
                        ? Optional.of(controller.accessTo(generated)) : Optional.empty());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
