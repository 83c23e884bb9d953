package dev.fastkit.example.chat;

import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.example.message.Message;
import dev.fastkit.example.message.MessageCreate;
import dev.fastkit.example.message.MessageRead;
import dev.fastkit.example.message.MessageRepository;
import dev.fastkit.example.message.MessageUpdateFull;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of a chat's messages under {@code /chats/{chat_id}/messages}, oldest first; only the chat's
 * owner reaches them, anyone else gets 404. Messages have no business rules, so no service class.
 *
 * <p>It lives with the chat, not in {@code message}: a chat embeds its messages ({@code include=messages}) and the
 * routes are declared under the chat, so {@code chat} names {@code message} and never the other way round (no
 * package cycle).
 */
@Controller("/chats/{chat_id}/messages")
class MessageController extends BaseController<Message, MessageCreate, MessageUpdateFull, MessageRead> {

    MessageController(MessageRepository messages, ServiceDependencies dependencies) {
        super(messages, dependencies, new ParentResource(Chat.class, "chatId", "chat_id"));
    }
}
