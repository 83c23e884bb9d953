package dev.fastkit.example.chat;

import dev.fastkit.core.openapi.QueryParameter;
import dev.fastkit.core.service.StoredResource;
import dev.fastkit.core.web.BaseController;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.OptionalInt;

/**
 * The six CRUD routes of the caller's chats under {@code /chats}; {@code GET /chats/{id}} also takes
 * {@code include=messages} and {@code messages_limit}.
 */
@Controller("/chats")
class ChatController extends BaseController<Chat, ChatCreate, ChatUpdateFull, ChatRead> {

    private final ChatService chats;

    ChatController(ChatService chats) {
        super(chats);
        this.chats = chats;
    }

    /**
     * {@code GET /chats/{id}}: the chat, with {@code ?include=messages} also its latest {@code messages_limit}
     * (default 20, 1 to 100) messages, oldest first, read in two queries.
     */
    @Override
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @QueryParameter(name = "include", allowedValues = "messages",
            description = "`messages`: also answer the chat's latest messages, oldest first")
    @QueryParameter(name = "messages_limit", type = Integer.class, minimum = 1, maximum = MessagesInclude.MAX_LIMIT,
            defaultValue = "" + MessagesInclude.DEFAULT_LIMIT, description = "How many of the latest messages")
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id,
                               @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OptionalInt messagesLimit = MessagesInclude.parse(request.getParameters().get("include"),
                request.getParameters().get("messages_limit"));
        if (messagesLimit.isEmpty()) {
            return super.get(request, id, ifNoneMatch);
        }
        List<String> fields = sparseFieldset(request);
        StoredResource<ChatRead> chat = chats.getWithMessages(scope(request), id, messagesLimit.getAsInt());
        return HttpResponse.ok(fields == null ? chat.body() : service().sparse(chat.body(), fields));
    }
}
