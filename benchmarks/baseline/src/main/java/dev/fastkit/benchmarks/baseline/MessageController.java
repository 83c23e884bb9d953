package dev.fastkit.benchmarks.baseline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /chats/{chat_id}/messages} written by hand, with what the list scenarios send: oldest first by default
 * ({@code sort=-created_at} newest first), {@code created_at[gte]}, {@code q} (best match first when there is no
 * {@code sort}), offset or cursor pages, counted unless {@code Prefer: count=none}. A chat that is not the caller's is
 * a 404.
 */
@Controller("/chats/{chatId}/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MessageController {

    private final ChatStore store;
    private final ListStore lists;
    private final ListCursors cursors;

    MessageController(ChatStore store, ListStore lists, ListCursors cursors) {
        this.store = store;
        this.lists = lists;
        this.cursors = cursors;
    }

    @Get
    HttpResponse<List<MessageRead>> list(HttpRequest<?> request, Principal principal, @PathVariable String chatId) {
        UUID userId = UUID.fromString(principal.getName());
        store.requireUser(userId);
        UUID chat = ChatController.chatId(chatId);
        ListAnswers.Paging paging = ListAnswers.paging(request);
        Map<String, List<String>> parameters = request.getParameters().asMap();
        String sort = ListAnswers.single(parameters, "sort");
        if (sort != null && !sort.equals("created_at") && !sort.equals("-created_at")) {
            throw ListAnswers.unprocessable("sort: created_at or -created_at");
        }
        String q = ListAnswers.single(parameters, "q");
        boolean rankOrder = q != null && sort == null;
        String from = ListAnswers.single(parameters, "created_at[gte]");
        Instant createdFrom;
        try {
            createdFrom = from == null ? null : Instant.parse(from);
        } catch (DateTimeParseException e) {
            throw ListAnswers.unprocessable("created_at[gte] must be an RFC 3339 instant");
        }
        String order = rankOrder ? "rank" : sort == null ? "created_at" : sort;
        String context = String.join("\n", userId.toString(), "messages", chat.toString(), order,
                "created_at[gte]:" + createdFrom, "q:" + q);
        ListCursors.Position after = paging.cursor() == null ? null : cursors.read(context, paging.cursor());
        ListStore.Rows<MessageRead> rows = lists.messages(userId, chat, new ListStore.MessageQuery(rankOrder,
                        "-created_at".equals(sort), createdFrom, q, after, paging.skip(), paging.limit(),
                        paging.counted()))
                .orElseThrow(ChatController::notFound);
        String next = rows.last() == null ? null : cursors.mint(context, rows.last().value(), rows.last().id());
        return ListAnswers.answer(request, paging, rows.items(), rows.totalCount(), next);
    }
}
