package dev.fastkit.example.reaction;

import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import dev.fastkit.example.chat.Chat;
import dev.fastkit.example.message.Message;
import io.micronaut.http.annotation.Controller;

import java.util.Set;

/**
 * The reactions on a message under {@code /chats/{chat_id}/messages/{message_id}/reactions}, oldest first. Only the
 * chat's owner reaches them: a message of another user's chat, a message reached through the wrong chat or a
 * reaction through the wrong message is a 404 (the whole chain is checked in one query). Reactions are created and
 * deleted, never edited: {@code PUT} and {@code PATCH} answer 405 with {@code Allow: GET, DELETE}. No business rules,
 * so no service class; the unique (user, message, emoji) constraint makes a repeat a 409.
 */
@Controller("/chats/{chat_id}/messages/{message_id}/reactions")
class ReactionController extends BaseController<Reaction, ReactionCreate, Void, ReactionRead> {

    ReactionController(ReactionRepository reactions, ServiceDependencies dependencies) {
        super(reactions, dependencies, new ParentResource(Message.class, "messageId", "message_id",
                new ParentResource(Chat.class, "chatId", "chat_id")));
    }

    @Override
    protected Set<CrudRoute> routes() {
        return CrudRoute.allExcept(CrudRoute.REPLACE, CrudRoute.PATCH);
    }
}
