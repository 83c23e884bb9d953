package dev.fastkit.example.message;

import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.example.chat.ChatService;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Messages, nested under the caller's chats ({@code /chats/{chat_id}/messages}), oldest first.
 */
@Singleton
public class MessageService extends BaseService<Message, UUID, MessageCreate, MessageUpdateFull, MessageRead> {

    /**
     * @param repository   the messages
     * @param chats        the parent resource's service, which decides who may reach a chat
     * @param dependencies FastKit's shared collaborators
     */
    public MessageService(MessageRepository repository, ChatService chats, ServiceDependencies dependencies) {
        super(repository, dependencies, new ParentResource(chats, "chatId", "chat_id"));
    }

    /** @return oldest messages first */
    @Override
    protected Sort defaultSort() {
        return Sort.of(Sort.Order.asc("createdAt"));
    }
}
