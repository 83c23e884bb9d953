package dev.fastkit.example.message;

import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of a chat's messages under {@code /chats/{chat_id}/messages}; only the chat's owner reaches
 * them, anyone else gets 404.
 */
@Controller("/chats/{chat_id}/messages")
class MessageController extends BaseController<Message, MessageCreate, MessageUpdateFull, MessageRead> {

    MessageController(MessageService service) {
        super(service);
    }
}
