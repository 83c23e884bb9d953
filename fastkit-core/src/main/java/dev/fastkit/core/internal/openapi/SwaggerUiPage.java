package dev.fastkit.core.internal.openapi;

import io.micronaut.core.annotation.Internal;

/**
 * The HTML page of {@code GET /docs}: Swagger UI's stylesheet and bundle from the webjar, started on the document.
 */
@Internal
final class SwaggerUiPage {

    private SwaggerUiPage() {
    }

    /**
     * @param assets   the path the webjar's files are served under, ending in {@code /}
     * @param document the path of the OpenAPI document
     * @return the page
     */
    static String html(String assets, String document) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>API documentation</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$sfavicon-32x32.png">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "%2$s", dom_id: "#swagger-ui", deepLinking: true});
                  </script>
                </body>
                </html>
                """.formatted(assets, document);
    }
}
