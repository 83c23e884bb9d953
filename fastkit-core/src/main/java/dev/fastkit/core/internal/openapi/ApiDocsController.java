package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.openapi.OpenApiConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Serves the API's documentation to anyone: {@code GET /openapi.json} (the {@link OpenApiDocument}),
 * {@code GET /docs} (Swagger UI's page over it, {@code text/html}) and {@code GET /docs/swagger-ui/<version>/<file>}
 * (Swagger UI's scripts and styles from the webjar; cached for a year, since the version is in the path; any other
 * path is a 404 problem). Off with {@code fastkit.openapi.enabled=false}.
 */
@Internal
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = OpenApiConfiguration.PREFIX + ".enabled", notEquals = "false")
public class ApiDocsController {

    static final String ASSETS = "/docs/swagger-ui/";

    private final OpenApiDocument document;
    private final SwaggerUi swaggerUi;
    private final String page;

    ApiDocsController(OpenApiDocument document) {
        this.document = document;
        this.swaggerUi = new SwaggerUi(ApiDocsController.class.getClassLoader());
        this.page = SwaggerUiPage.html(ASSETS + swaggerUi.version() + "/", "/openapi.json");
    }

    /** @return 200, the OpenAPI document as {@code application/json} */
    @Get("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document.json());
    }

    /** @return 200, the Swagger UI page as {@code text/html} */
    @Get("/docs")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> docs() {
        return HttpResponse.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    /**
     * @param version the webjar's version
     * @param file    a file of the webjar, such as {@code swagger-ui-bundle.js}
     * @return 200 with the file and its content type; 404 problem for any other version or file
     */
    @Get(ASSETS + "{version}/{file}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<StreamedFile> asset(@PathVariable String version, @PathVariable String file) {
        return swaggerUi.file(version, file)
                .map(url -> HttpResponse.ok(new StreamedFile(url))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable"))
                .orElseThrow(() -> new ResourceNotFoundException("No such Swagger UI file."));
    }
}
