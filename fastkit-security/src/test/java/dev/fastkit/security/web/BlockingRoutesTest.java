package dev.fastkit.security.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Password hashing and JDBC must never run on the event loop: every route, inherited or added, is blocking. */
@MicronautTest(transactional = false)
class BlockingRoutesTest {

    @Inject
    ApplicationContext context;

    @Test
    void shouldRunEveryAuthAndUserRouteOnTheBlockingExecutor() {
        List<ExecutableMethod<?, ?>> routes = new ArrayList<>();
        for (BeanDefinition<?> definition : context.getBeanDefinitions(Object.class)) {
            if (definition.getBeanType().getPackageName().equals("dev.fastkit.security.testapp")) {
                for (ExecutableMethod<?, ?> method : definition.getExecutableMethods()) {
                    if (method.hasStereotype(HttpMethodMapping.class)) {
                        routes.add(method);
                    }
                }
            }
        }

        assertThat(routes).extracting(ExecutableMethod::getMethodName)
                .contains("signup", "refresh", "logout", "register", "login", "me", "replaceMe", "patchMe", "deleteMe");
        assertThat(routes).allSatisfy(route -> assertThat(route.stringValue(ExecuteOn.class))
                .as(route.getDeclaringType().getSimpleName() + "." + route.getMethodName())
                .hasValue(TaskExecutors.BLOCKING));
    }
}
