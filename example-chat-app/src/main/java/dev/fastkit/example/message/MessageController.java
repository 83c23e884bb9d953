package dev.fastkit.example.message;

import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.example.chat.Chat;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of a chat's messages under {@code /chats/{chat_id}/messages}, oldest first; only the chat's
 * owner reaches them, anyone else gets 404. Messages have no business rules, so no service class.
 */
@Controller("/chats/{chat_id}/messages")
class MessageController extends BaseController<Message, MessageCreate, MessageUpdateFull, MessageRead> {

    MessageController(MessageRepository messages, ServiceDependencies dependencies) {
        super(messages, dependencies, new ParentResource(Chat.class, "chatId", "chat_id"));
    }
}
