package dev.fastkit.core.internal.web;

import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.core.annotation.Internal;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * Reads every controller's access declaration ({@link BaseController#accessTo(CrudRoute)}) when the server starts, so
 * a contradiction, such as an anonymous route of an owned resource, stops the start-up with its
 * {@link IllegalStateException} instead of failing that route's first request. A controller that cannot be created
 * yet (its data source is switched off) is left to its first request, which reads the declaration too.
 */
@Internal
@Singleton
public final class RouteAccessCheck implements ApplicationEventListener<ServerStartupEvent> {

    private final BeanContext beans;

    RouteAccessCheck(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void onApplicationEvent(ServerStartupEvent event) {
        for (BeanDefinition<BaseController> definition : beans.getBeanDefinitions(BaseController.class)) {
            BaseController<?, ?, ?, ?> controller;
            try {
                controller = beans.getBean(definition);
            } catch (BeanInstantiationException | DependencyInjectionException notNow) {
                continue;
            }
            for (CrudRoute route : CrudRoute.values()) {
                controller.accessTo(route);
            }
        }
    }
}
