package dev.fastkit.example.chat;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of the caller's chats under {@code /chats}. Lists sort, filter and search as {@link ChatRead}
 * declares; {@code GET /chats/{id}?include=messages} embeds the latest messages ({@link ChatRead#messages()}).
 */
@Controller("/chats")
class ChatController extends BaseController<Chat, ChatCreate, ChatUpdateFull, ChatRead> {

    ChatController(ChatRepository chats, ServiceDependencies dependencies) {
        super(chats, dependencies);
    }
}
