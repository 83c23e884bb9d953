package dev.fastkit.core.schema;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON names follow the configured naming strategy, and the Java property names when there is none. */
@MicronautTest(environments = "test", transactional = false, startApplication = false)
class SchemaBinderNamingTest {

    @Inject
    SchemaBinder binder;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    Validator validator;

    @Test
    void shouldNameJsonFieldsInSnakeCaseByDefault() {
        assertThat(binder.jsonNames(Profile.class)).containsExactly("display_name", "home_town");
    }

    @Test
    void shouldFallBackToTheJavaPropertyNamesWithoutANamingStrategy() {
        SchemaBinder withoutStrategy = new SchemaBinder(jsonMapper, validator, serdeConfigurationWithoutStrategy());

        assertThat(withoutStrategy.jsonNames(Profile.class)).containsExactly("displayName", "homeTown");
    }

    private static SerdeConfiguration serdeConfigurationWithoutStrategy() {
        return (SerdeConfiguration) Proxy.newProxyInstance(SerdeConfiguration.class.getClassLoader(),
                new Class<?>[]{SerdeConfiguration.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getPropertyNamingStrategy")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A schema with names that differ between the strategies. */
    @Serdeable
    record Profile(String displayName, @Nullable String homeTown) {
    }
}
