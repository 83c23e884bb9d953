package dev.fastkit.example.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/**
 * Serves the API's documentation without authentication: the OpenAPI 3 document at {@code /openapi.json} and
 * Swagger UI (generated at build time by micronaut-openapi, served from {@code /swagger/**}) at {@code /docs}.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    static final String SWAGGER_UI = "/swagger/views/swagger-ui/index.html";

    private final OpenApiDocument document;

    ApiDocsController(OpenApiDocument document) {
        this.document = document;
    }

    /**
     * @return the OpenAPI document; also answered where the generated Swagger UI looks for it
     */
    @Get(uris = {"/openapi.json", "/swagger/openapi.json"})
    @Produces(MediaType.APPLICATION_JSON)
    byte[] openApi() {
        return document.json();
    }

    /**
     * @return a redirect (303) to Swagger UI
     */
    @Get("/docs")
    HttpResponse<Void> docs() {
        return HttpResponse.seeOther(URI.create(SWAGGER_UI));
    }
}
