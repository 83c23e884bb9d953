package dev.fastkit.example.chat;

import dev.fastkit.core.data.ScopedReads;
import dev.fastkit.core.ownership.ResourceScope;
import dev.fastkit.core.schema.SchemaMapper;
import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.service.StoredResource;
import dev.fastkit.example.message.Message;
import dev.fastkit.example.message.MessageRead;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Chats: plain FastKit CRUD (lists as {@link ChatRead} declares them), plus reading a chat together with its latest messages.
 */
@Singleton
public class ChatService extends BaseService<Chat, UUID, ChatCreate, ChatUpdateFull, ChatRead> {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ScopedReads<Message> messages;

    /**
     * @param repository   the chats
     * @param dependencies FastKit's shared collaborators
     */
    public ChatService(ChatRepository repository, ServiceDependencies dependencies) {
        super(repository, dependencies);
        this.messages = dependencies.queries(Message.class, "chatId");
    }

    /**
     * Reads a chat with its latest {@code messagesLimit} messages, oldest first, on one read-only connection in two
     * queries (the chat, then one page of its messages).
     *
     * @param scope         the caller
     * @param id            the chat id as it appeared in the path
     * @param messagesLimit how many of the latest messages to include, already validated (1 to 100)
     * @return the chat, its {@code messages} filled
     * @throws dev.fastkit.core.error.ResourceNotFoundException (404) if the chat is unknown or another user's
     */
    public StoredResource<ChatRead> getWithMessages(ResourceScope scope, String id, int messagesLimit) {
        return unitOfWork().read(() -> {
            StoredResource<ChatRead> chat = get(scope, id);
            // The chat is the caller's, so its messages need no owner condition.
            List<MessageRead> latest = new ArrayList<>(messages
                    .findPage(null, chat.id(), NEWEST_FIRST, 0, messagesLimit).stream()
                    .map(message -> SchemaMapper.map(message, MessageRead.class))
                    .toList());
            Collections.reverse(latest);
            return new StoredResource<>(chat.id(), chat.body().withMessages(latest), chat.version());
        });
    }
}
