package dev.fastkit.core.openapi;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The API documentation FastKit serves, under {@code fastkit.openapi}: the OpenAPI 3.0 document at
 * {@code GET /openapi.json} and Swagger UI at {@code GET /docs}, both anonymous.
 */
@ConfigurationProperties(OpenApiConfiguration.PREFIX)
public class OpenApiConfiguration {

    /** The configuration prefix, {@value}. */
    public static final String PREFIX = "fastkit.openapi";

    private boolean enabled = true;
    @Nullable
    private String title;
    @Nullable
    private String version;
    @Nullable
    private String description;
    private String serverUrl = "/";
    @Nullable
    private String licenseName;
    @Nullable
    private String licenseUrl;

    /** @return whether {@code /openapi.json} and {@code /docs} are served (default {@code true}) */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether {@code /openapi.json} and {@code /docs} are served */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return {@code info.title}; unset: {@code micronaut.application.name} */
    public @Nullable String getTitle() {
        return title;
    }

    /** @param title {@code info.title} */
    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    /** @return {@code info.version}; unset: {@code micronaut.application.version}, else {@code unversioned} */
    public @Nullable String getVersion() {
        return version;
    }

    /** @param version {@code info.version} */
    public void setVersion(@Nullable String version) {
        this.version = version;
    }

    /** @return {@code info.description}; unset: a paragraph on FastKit's conventions (problems, strict bodies) */
    public @Nullable String getDescription() {
        return description;
    }

    /** @param description {@code info.description} (CommonMark) */
    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    /** @return the one {@code servers[].url} (default {@code /}, the origin the document was read from) */
    public String getServerUrl() {
        return serverUrl;
    }

    /** @param serverUrl the one {@code servers[].url}, such as {@code https://api.example.com} */
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** @return {@code info.license.name}, such as {@code Apache-2.0}; unset: no {@code license} */
    public @Nullable String getLicenseName() {
        return licenseName;
    }

    /** @param licenseName {@code info.license.name} */
    public void setLicenseName(@Nullable String licenseName) {
        this.licenseName = licenseName;
    }

    /** @return {@code info.license.url}, written with a license name only */
    public @Nullable String getLicenseUrl() {
        return licenseUrl;
    }

    /** @param licenseUrl {@code info.license.url} */
    public void setLicenseUrl(@Nullable String licenseUrl) {
        this.licenseUrl = licenseUrl;
    }
}
