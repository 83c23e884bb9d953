package dev.fastkit.example;

import dev.fastkit.example.chat.ChatCreate;
import dev.fastkit.example.chat.ChatUpdateFull;
import dev.fastkit.example.chat.ChatUpdatePartial;
import dev.fastkit.example.message.MessageCreate;
import dev.fastkit.example.message.MessageUpdateFull;
import dev.fastkit.example.message.MessageUpdatePartial;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The FastKit example chat server: users, chats and messages over HTTP on port 8080 by default.
 */
@OpenAPIDefinition(
        info = @Info(title = "FastKit example chat API", version = "0.1.0",
                description = "Users, private chats and their messages. Errors are RFC 9457 problems "
                        + "(application/problem+json)."),
        security = @SecurityRequirement(name = "bearer"))
@OpenAPIExtraSchema(classes = {ChatCreate.class, ChatUpdateFull.class, ChatUpdatePartial.class,
        MessageCreate.class, MessageUpdateFull.class, MessageUpdatePartial.class})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    /**
     * Starts the server.
     *
     * @param args command-line arguments, passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
