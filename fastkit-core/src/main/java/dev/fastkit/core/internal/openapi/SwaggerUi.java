package dev.fastkit.core.internal.openapi;

import io.micronaut.core.annotation.Internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Swagger UI from the {@code org.webjars:swagger-ui} jar on the class path: its version (from the jar's Maven
 * {@code pom.properties}) and its files under {@code META-INF/resources/webjars/swagger-ui/<version>/}.
 */
@Internal
final class SwaggerUi {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String ROOT = "META-INF/resources/webjars/swagger-ui/";
    /** A file name in the webjar's folder: no path separators, no leading dot. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final ClassLoader classLoader;
    private final String version;

    SwaggerUi(ClassLoader classLoader) {
        this.classLoader = classLoader;
        try (InputStream in = classLoader.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(POM_PROPERTIES
                        + " missing: org.webjars:swagger-ui is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            this.version = properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the webjar's version, such as {@code 5.34.1} */
    String version() {
        return version;
    }

    /**
     * @param version a version from a request path
     * @param file    a file name from a request path
     * @return the webjar's file, if this is its version and the name is one of its files
     */
    Optional<URL> file(String version, String file) {
        if (!this.version.equals(version) || !FILE_NAME.matcher(file).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(classLoader.getResource(ROOT + version + "/" + file));
    }
}
