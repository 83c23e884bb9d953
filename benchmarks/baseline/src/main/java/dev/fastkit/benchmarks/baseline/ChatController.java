package dev.fastkit.benchmarks.baseline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The benchmarked chat routes written by hand, on the blocking executor like FastKit's controllers.
 */
@Controller("/chats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ChatController {

    private static final Set<String> SORTABLE = Set.of("created_at", "updated_at", "title");

    private final ChatStore store;
    private final ListStore lists;
    private final ListCursors cursors;

    ChatController(ChatStore store, ListStore lists, ListCursors cursors) {
        this.store = store;
        this.lists = lists;
        this.cursors = cursors;
    }

    @Get("/{id}")
    HttpResponse<?> get(Principal principal, @PathVariable String id, @Nullable @QueryValue String include,
                        @Nullable @QueryValue("messages_limit") Integer messagesLimit) {
        UUID userId = user(principal);
        UUID chatId = chatId(id);
        if (include == null) {
            Chat chat = store.find(userId, chatId).orElseThrow(ChatController::notFound);
            return HttpResponse.ok(chat.toRead()).header(HttpHeaders.ETAG, chat.entityTag());
        }
        if (!include.equals("messages")) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "include must be 'messages'");
        }
        int limit = messagesLimit == null ? 20 : messagesLimit;
        if (limit < 1 || limit > 100) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "messages_limit must be 1 to 100");
        }
        return HttpResponse.ok(store.findWithMessages(userId, chatId, limit).orElseThrow(ChatController::notFound));
    }

    /**
     * {@code GET /chats}: newest first by default; {@code sort} by one of {@code created_at}, {@code updated_at},
     * {@code title} (a leading {@code -} descending), {@code title[contains]} and {@code title[starts_with]}, offset or
     * cursor pages, counted unless {@code Prefer: count=none}.
     */
    @Get
    HttpResponse<List<ChatRead>> list(HttpRequest<?> request, Principal principal) {
        UUID userId = user(principal);
        ListAnswers.Paging paging = ListAnswers.paging(request);
        Map<String, List<String>> parameters = request.getParameters().asMap();
        String sort = ListAnswers.single(parameters, "sort");
        String key = sort == null ? "-created_at" : sort;
        boolean descending = key.startsWith("-");
        String column = descending ? key.substring(1) : key;
        if (!SORTABLE.contains(column)) {
            throw ListAnswers.unprocessable("sort: one of created_at, updated_at, title, optionally with a leading -");
        }
        String contains = ListAnswers.single(parameters, "title[contains]");
        String startsWith = ListAnswers.single(parameters, "title[starts_with]");
        String context = String.join("\n", userId.toString(), "chats", key, "contains:" + contains,
                "starts_with:" + startsWith);
        ListCursors.Position after = paging.cursor() == null ? null : cursors.read(context, paging.cursor());
        ListStore.Rows<ChatRead> rows = lists.chats(userId, new ListStore.ChatQuery(column, descending, contains,
                startsWith, after, paging.skip(), paging.limit(), paging.counted()));
        String next = rows.last() == null ? null : cursors.mint(context, rows.last().value(), rows.last().id());
        return ListAnswers.answer(request, paging, rows.items(), rows.totalCount(), next);
    }

    @Post("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MessageRead> addMessage(Principal principal, @PathVariable String id, @Body JsonNode body) {
        UUID userId = user(principal);
        UUID chatId = chatId(id);
        JsonNode content = body.get("content");
        if (!body.isObject() || body.size() != 1 || content == null || !content.isString()
                || content.getStringValue().isBlank() || content.getStringValue().length() > 4000) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "content: 1 to 4000 characters");
        }
        MessageRead message = store.addMessage(userId, chatId, content.getStringValue())
                .orElseThrow(ChatController::notFound);
        return HttpResponse.created(message, URI.create("/chats/" + chatId + "/messages/" + message.id()))
                .header(HttpHeaders.ETAG, "\"0\"");
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<ChatRead> patch(Principal principal, @PathVariable String id, @Body JsonNode body) {
        UUID userId = user(principal);
        UUID chatId = chatId(id);
        Chat chat = store.patch(userId, chatId, parsePatch(body)).orElseThrow(ChatController::notFound);
        return HttpResponse.ok(chat.toRead()).header(HttpHeaders.ETAG, chat.entityTag());
    }

    private UUID user(Principal principal) {
        UUID userId = UUID.fromString(principal.getName());
        store.requireUser(userId);
        return userId;
    }

    private static ChatPatch parsePatch(JsonNode body) {
        if (!body.isObject()) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "a merge patch must be a JSON object");
        }
        for (var entry : body.entries()) {
            String key = entry.getKey();
            if (!key.equals("title") && !key.equals("description")) {
                throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "unknown field " + key);
            }
        }
        JsonNode title = body.get("title");
        if (title != null && (!title.isString() || title.getStringValue().isBlank()
                || title.getStringValue().length() > 200)) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "title: 1 to 200 characters");
        }
        JsonNode description = body.get("description");
        if (description != null && !description.isNull()
                && (!description.isString() || description.getStringValue().length() > 2000)) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "description: up to 2000 characters");
        }
        return new ChatPatch(title != null, title == null ? null : title.getStringValue(), description != null,
                description == null || description.isNull() ? null : description.getStringValue());
    }

    static UUID chatId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "No such chat.");
    }
}
