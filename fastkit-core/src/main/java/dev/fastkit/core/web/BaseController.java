package dev.fastkit.core.web;

import dev.fastkit.core.data.BaseRepository;
import dev.fastkit.core.data.ResourcePage;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.include.IncludeRequest;
import dev.fastkit.core.internal.query.ListQueryParser;
import dev.fastkit.core.query.ListQuery;
import dev.fastkit.core.internal.service.TypeArguments;
import dev.fastkit.core.ownership.OwnershipRule;
import dev.fastkit.core.ownership.ResourceScope;
import dev.fastkit.core.schema.JsonMergePatch;
import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.IfMatch;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.service.StoredResource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The six CRUD routes of one resource, generated for a subclass that binds the types and the path. A resource
 * without business rules needs only its repository:
 * <pre>{@code
 * @Controller("/chats/{chat_id}/messages")
 * class MessageController extends BaseController<Message, MessageCreate, MessageUpdateFull, MessageRead> {
 *     MessageController(MessageRepository messages, ServiceDependencies dependencies) {
 *         super(messages, dependencies, new ParentResource(Chat.class, "chatId", "chat_id"));
 *     }
 * }
 * }</pre>
 * and one with rules passes its {@link BaseService} subclass instead ({@code super(chatService)}).
 *
 * <table>
 *     <caption>Routes</caption>
 *     <tr><th>route</th><th>answer</th></tr>
 *     <tr><td>{@code POST /}</td><td>201, {@code Location}, {@code ETag}, the read schema; once per
 *     {@code Idempotency-Key} (see {@link #idempotent})</td></tr>
 *     <tr><td>{@code GET /{id}?fields&include}</td><td>200 with {@code ETag}; 304 for a matching
 *     {@code If-None-Match} (not with {@code include})</td></tr>
 *     <tr><td>{@code GET /?skip&limit&sort&filters&q&fields&cursor}</td><td>200, a JSON array,
 *     {@code X-Total-Count} and {@code Link: rel="next"}</td></tr>
 *     <tr><td>{@code PUT /{id}}</td><td>200; every key of the full-update schema required</td></tr>
 *     <tr><td>{@code PATCH /{id}}</td><td>200; JSON Merge Patch (RFC 7396), also as {@code application/json}</td></tr>
 *     <tr><td>{@code DELETE /{id}}</td><td>204</td></tr>
 * </table>
 * Writes honour {@code If-Match} (412 when stale). Every route needs an authenticated principal (401 otherwise) unless
 * {@link #access(CrudRoute)} says otherwise, and is scoped to it and to the parents in the path; bodies are bound
 * strictly (422) and parsed as JSON (400, 415, 413). Blocking database work runs on Micronaut's blocking executor
 * (virtual threads where the JDK has them).
 *
 * <p>A resource exposes a subset of the six routes by overriding {@link #routes()}; the others answer {@code 405} with
 * an {@code Allow} header naming the methods the path still takes, and are left out of the OpenAPI document. A
 * resource that is never edited binds {@code U} to {@link Void}:
 * <pre>{@code
 * @Controller("/chats/{chat_id}/messages/{message_id}/reactions")
 * class ReactionController extends BaseController<Reaction, ReactionCreate, Void, ReactionRead> {
 *     ReactionController(ReactionRepository reactions, ServiceDependencies dependencies) {
 *         super(reactions, dependencies, new ParentResource(Message.class, "messageId", "message_id",
 *                 new ParentResource(Chat.class, "chatId", "chat_id")));
 *     }
 *
 *     @Override
 *     protected Set<CrudRoute> routes() {
 *         return CrudRoute.allExcept(CrudRoute.REPLACE, CrudRoute.PATCH);
 *     }
 * }
 * }</pre>
 *
 * <p>Who may call each route is declared once, in {@link #access(CrudRoute)}, and which rows a principal reads in
 * {@link #ownership()}; a public catalogue that only editors change, and notebooks that admins may read:
 * <pre>{@code
 * @Override
 * protected RouteAccess access(CrudRoute route) {
 *     return route == CrudRoute.GET || route == CrudRoute.LIST ? RouteAccess.anonymous() : RouteAccess.anyRole("editor");
 * }
 *
 * @Override
 * protected OwnershipRule ownership() {
 *     return OwnershipRule.owner().readableByRole("admin");
 * }
 * }</pre>
 *
 * <p>A subclass may add routes, and may replace a generated one by overriding its method with the same route
 * annotation, or by switching it off and declaring its own route on the same method and path. Annotations of an
 * overridden method, and class-level annotations of this base class, do not carry over to the subclass's routes:
 * {@link ResourceRoute} on the subclass's method gives it the generated routes' defaults ({@code @Secured} for
 * authenticated principals and {@code @ExecuteOn} the blocking executor) in one annotation. An overridden generated
 * route keeps the access {@link #access(CrudRoute)} declares for it.
 *
 * @param <E> The entity type
 * @param <C> The create schema
 * @param <U> The full-update schema
 * @param <R> The read schema
 */
public abstract class BaseController<E, C, U, R> {

    /** The header carrying the unpaged row count of a list answer. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    /** The request header of RFC 7240 preferences, such as {@code count=none}. */
    public static final String PREFER_HEADER = "Prefer";

    /** The answer header naming the preferences applied (RFC 7240). */
    public static final String PREFERENCE_APPLIED_HEADER = "Preference-Applied";

    private final BaseService<E, ?, C, U, R> service;
    private volatile Set<CrudRoute> exposed;
    private volatile Map<CrudRoute, RouteAccess> accesses;
    private volatile OwnershipRule ownershipRule;

    /**
     * Serves a resource whose business rules live in {@code service}.
     *
     * @param service the resource's service
     */
    protected BaseController(BaseService<E, ?, C, U, R> service) {
        this.service = service;
    }

    /**
     * Serves a top-level resource without business rules: no service class needed (see
     * {@link BaseService#withoutRules}).
     *
     * @param repository   the entity's repository
     * @param dependencies the shared collaborators
     */
    protected BaseController(BaseRepository<E, ?> repository, ServiceDependencies dependencies) {
        this(repository, dependencies, null);
    }

    /**
     * Serves a resource without business rules nested under {@code parent}, such as
     * {@code new ParentResource(Chat.class, "chatId", "chat_id")}.
     *
     * @param repository   the entity's repository
     * @param dependencies the shared collaborators
     * @param parent       the parent resource, or {@code null} for a top-level resource
     */
    @SuppressWarnings("unchecked")
    protected BaseController(BaseRepository<E, ?> repository, ServiceDependencies dependencies,
                             @Nullable ParentResource parent) {
        Class<?>[] types = TypeArguments.of(getClass(), BaseController.class);
        this.service = BaseService.withoutRules(repository, dependencies, parent, (Class<E>) types[0],
                (Class<C>) types[1], (Class<U>) types[2], (Class<R>) types[3]);
    }

    /**
     * {@code POST /}: creates a resource, once per {@code Idempotency-Key} when the request has one (see
     * {@link #idempotent}).
     *
     * @param request the request, for the principal, the path and the {@code Idempotency-Key}
     * @param body    the create schema as JSON
     * @return 201 with {@code Location} and the read schema, or the first answer to the same key
     */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<R> create(HttpRequest<?> request, @Body JsonNode body) {
        return idempotent(request, body, () -> {
            StoredResource<R> created = service.create(scope(request), body);
            MutableHttpResponse<R> response = HttpResponse.<R>status(HttpStatus.CREATED).body(created.body())
                    .header(HttpHeaders.LOCATION, location(request.getPath(), created.id()));
            return withEntityTag(response, created);
        });
    }

    /**
     * Runs a creating route once per user and {@code Idempotency-Key} header (API.md, "Idempotent creates"); the
     * generated {@code POST} uses it, and a subclass's own creating route may too:
     * <pre>{@code
     * @Post("/{id}/copies")
     * @ResourceRoute
     * HttpResponse<ChatRead> copy(HttpRequest<?> request, @PathVariable String id, @Body JsonNode body) {
     *     return idempotent(request, body, () -> HttpResponse.created(chats.copy(scope(request), id, body)));
     * }
     * }</pre>
     * Without the header, {@code create} just runs. With one, {@code create} runs in a unit of work (its own units of
     * work join it) and its answer's status, {@code Location}, {@code ETag} and body (as JSON) are stored in the same
     * transaction; a repeat with the same key, method, path and body within the key's lifetime (24 hours by default)
     * runs nothing and gets that answer again. A {@code create} that throws stores nothing.
     *
     * @param request the request
     * @param body    the request body, which with the method and path tells a repeat from another request
     * @param create  builds the answer; it must write only through units of work
     * @param <T>     The answer's body type
     * @return the answer, or the stored first answer to the same key
     * @throws dev.fastkit.core.error.FastKitException 400 for a key that is not 1 to 255 printable ASCII characters,
     *                                                 422 for a key used with another request, 409 while the key's
     *                                                 first request is still running (on any instance)
     */
    protected <T> HttpResponse<T> idempotent(HttpRequest<?> request, @Nullable JsonNode body,
                                             Supplier<MutableHttpResponse<T>> create) {
        return service.idempotentCreates().run(request, body, create);
    }

    /**
     * The path of a created resource: the collection's path, a slash, and the id as one path segment (percent-encoded
     * unless it is a number or a UUID), written out without {@code UriBuilder} (benchmarks/README.md, fifth round).
     *
     * @param collectionPath the path the create was posted to, such as {@code /chats/7/messages}
     * @param id             the created resource's id
     * @return the {@code Location} value, such as {@code /chats/7/messages/42}
     */
    static String location(String collectionPath, Object id) {
        String base = collectionPath.endsWith("/")
                ? collectionPath.substring(0, collectionPath.length() - 1) : collectionPath;
        String segment = id instanceof Number || id instanceof UUID
                ? id.toString() : URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8).replace("+", "%20");
        return base + "/" + segment;
    }

    /**
     * {@code GET /{id}}: reads a resource.
     *
     * @param request     the request
     * @param id          the resource id
     * @param ifNoneMatch the client's cached entity tags, if any
     * @return 200 with {@code ETag}, or 304 when the client's copy is current; 422 for a query parameter other than
     *         {@code fields}, {@code include} and the includes' limits
     */
    @Get("/{id}")
    @QueryCheckedByRoute
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id,
                               @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        List<String> fields = sparseFieldset(request);
        List<IncludeRequest> includes = service.parseIncludes(request.getParameters().asMap());
        StoredResource<R> resource = service.get(readScope(request), id, includes);
        // The ETag versions the resource itself, not its included children: with includes, no 304.
        if (ifNoneMatch != null && includes.isEmpty()
                && resource.entityTag().filter(tag -> matchesAny(ifNoneMatch, tag)).isPresent()) {
            return withEntityTag(HttpResponse.notModified(), resource);
        }
        Object body = fields == null ? resource.body() : service.sparse(resource.body(), fields);
        return withEntityTag(HttpResponse.ok(body), resource);
    }

    /**
     * @param request a request for one resource
     * @return its {@code fields} parameter parsed, or {@code null} when it has none
     * @throws dev.fastkit.core.error.UnprocessableContentException (422, pointer {@code fields}) for a repeated
     *                                                              parameter or an unknown field
     */
    protected @Nullable List<String> sparseFieldset(HttpRequest<?> request) {
        List<String> values = request.getParameters().getAll(ListQueryParser.FIELDS);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw UnprocessableContentException.of(ListQueryParser.FIELDS, "must be given once");
        }
        return service.parseFields(values.get(0));
    }

    /**
     * {@code GET /}: lists resources, with the query parameters of API.md's "Lists": {@code skip}, {@code limit},
     * {@code sort}, filters ({@code field=value}, {@code field[op]=value}), {@code q}, {@code fields} and
     * {@code cursor}, as the read schema declares them ({@link dev.fastkit.core.query.Sortable},
     * {@link dev.fastkit.core.query.Filterable}, {@link dev.fastkit.core.query.Searchable}).
     *
     * @param request the request
     * @return 200 with the page, {@code X-Total-Count} (absent for {@code Prefer: count=none}, which is then
     *         answered {@code Preference-Applied: count=none}, RFC 7240) and, when more rows follow,
     *         {@code Link: <...>; rel="next"} (RFC 8288); 422 for an unknown or repeated parameter or a bad value
     */
    @Get
    @QueryCheckedByRoute
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<List<?>> list(HttpRequest<?> request) {
        List<String> prefer = request.getHeaders().getAll(PREFER_HEADER);
        ListQuery query = service.parseListQuery(request.getParameters().asMap(),
                prefer.isEmpty() ? null : String.join(",", prefer));
        ResourcePage<R> page = service.list(readScope(request), query);
        List<?> items = query.fields() == null ? page.items()
                : page.items().stream().map(item -> service.sparse(item, query.fields())).toList();
        MutableHttpResponse<List<?>> response = HttpResponse.ok(items);
        if (page.totalCount() != null) {
            response.header(TOTAL_COUNT_HEADER, String.valueOf(page.totalCount()));
        } else {
            response.header(PREFERENCE_APPLIED_HEADER, "count=none");
        }
        if (page.nextCursor() != null) {
            response.header(HttpHeaders.LINK, "<" + nextPage(request, query, page.nextCursor()) + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * The path and query of the page after this one: the request's parameters without {@code skip} and
     * {@code cursor}, the effective {@code limit}, and the new {@code cursor}.
     */
    private static String nextPage(HttpRequest<?> request, ListQuery query, String cursor) {
        StringBuilder link = new StringBuilder(request.getPath()).append("?limit=").append(query.limit());
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            String name = parameter.getKey();
            if (!name.equals(ListQueryParser.SKIP) && !name.equals(ListQueryParser.CURSOR)
                    && !name.equals(ListQueryParser.LIMIT)) {
                for (String value : parameter.getValue()) {
                    link.append('&').append(queryEncode(name)).append('=').append(queryEncode(value));
                }
            }
        }
        return link.append("&cursor=").append(queryEncode(cursor)).toString();
    }

    private static String queryEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * {@code PUT /{id}}: replaces a resource's writable fields.
     *
     * @param request the request
     * @param id      the resource id
     * @param ifMatch the client's precondition, if any
     * @param body    the full-update schema as JSON, every key present
     * @return 200 with the updated read schema
     */
    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<R> replace(HttpRequest<?> request, @PathVariable String id,
                                   @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body JsonNode body) {
        StoredResource<R> updated = service.replace(scope(request), id, body, IfMatch.parse(ifMatch));
        return withEntityTag(HttpResponse.ok(updated.body()), updated);
    }

    /**
     * {@code PATCH /{id}}: applies a JSON Merge Patch (RFC 7396).
     *
     * @param request the request
     * @param id      the resource id
     * @param ifMatch the client's precondition, if any
     * @param body    the merge patch
     * @return 200 with the updated read schema
     */
    @Patch("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<R> patch(HttpRequest<?> request, @PathVariable String id,
                                 @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body JsonNode body) {
        StoredResource<R> updated = service.patch(scope(request), id, body, IfMatch.parse(ifMatch));
        return withEntityTag(HttpResponse.ok(updated.body()), updated);
    }

    /**
     * {@code DELETE /{id}}: deletes a resource.
     *
     * @param request the request
     * @param id      the resource id
     * @param ifMatch the client's precondition, if any
     * @return 204 with no body
     */
    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id,
                                     @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(scope(request), id, IfMatch.parse(ifMatch));
        return HttpResponse.noContent();
    }

    /**
     * The scope of a request: the authenticated principal's name ({@code null} for an anonymous caller of an
     * anonymous route) and, for a nested resource, each parent's id from the path (see {@link ParentResource}); its
     * reads see only the principal's rows (see {@link #readScope(HttpRequest)}).
     *
     * @param request the request
     * @return its scope
     */
    protected ResourceScope scope(HttpRequest<?> request) {
        String principal = request.getUserPrincipal().map(Principal::getName).orElse(null);
        List<String> variables = service.parentPathVariables();
        if (variables.isEmpty()) {
            return new ResourceScope(principal, null);
        }
        Map<String, Object> values = RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                .orElse(Map.of());
        List<String> ids = new ArrayList<>(variables.size());
        for (String variable : variables) {
            Object value = values.get(variable);
            ids.add(value == null ? null : String.valueOf(value));
        }
        return new ResourceScope(principal, ids.get(0), ids.subList(1, ids.size()));
    }

    /**
     * The scope of a read ({@code GET} one, the list): {@link #scope(HttpRequest)}, reading every owner's rows where
     * {@link #ownership()} grants it to one of the principal's roles. A subclass's own reading route uses it too; a
     * writing route uses {@link #scope(HttpRequest)} (writes stay the owner's either way).
     *
     * @param request the request
     * @return its scope for reading
     */
    protected ResourceScope readScope(HttpRequest<?> request) {
        ResourceScope scope = scope(request);
        OwnershipRule rule = ownershipRule();
        if (rule.readerRoles().isEmpty()) {
            return scope;
        }
        boolean reader = request.getUserPrincipal(Authentication.class)
                .map(authentication -> rule.readsEveryOwner(authentication.getRoles()))
                .orElse(false);
        return reader ? scope.withEveryOwnerReadable() : scope;
    }

    private OwnershipRule ownershipRule() {
        OwnershipRule rule = ownershipRule;
        if (rule == null) {
            rule = ownership();
            ownershipRule = rule;
        }
        return rule;
    }

    /**
     * Which rows of an owned resource a principal reads beyond its own, such as
     * {@code OwnershipRule.owner().readableByRole("admin")}: principals with that role read (get, list, includes)
     * every owner's rows, while writes stay the owner's (another owner's row answers 404). FastKit reads it once:
     * return a fixed rule.
     *
     * @return the rule; by default {@link OwnershipRule#owner()}, each principal its own rows
     */
    protected OwnershipRule ownership() {
        return OwnershipRule.owner();
    }

    /**
     * Who may call one of the generated routes: {@link RouteAccess#authenticated()} (401 without credentials),
     * {@link RouteAccess#anyRole(String...)} (401 without credentials, 403 without one of the roles) or
     * {@link RouteAccess#anonymous()}. FastKit's security rule decides from this before Micronaut's
     * {@code @Secured} annotation is consulted, also for a generated route the subclass overrides; FastKit reads it
     * once per route: return fixed answers.
     *
     * <p>Anonymous access is only for resources whose rows are not owned (no {@link dev.fastkit.core.ownership.Owner}
     * on the entity or any parent): an anonymous caller has no rows of its own, so declaring it for an owned resource
     * is a contradiction that stops the service at start-up with an {@link IllegalStateException}. An anonymous caller
     * of an anonymous route gets a scope with no principal.
     *
     * @param route one of the six routes
     * @return who may call it; by default {@link RouteAccess#authenticated()}
     */
    protected RouteAccess access(CrudRoute route) {
        return RouteAccess.authenticated();
    }

    /**
     * @param route one of the generated routes
     * @return who may call it, as {@link #access(CrudRoute)} declares it
     * @throws IllegalStateException if the declaration makes a route of an owned resource anonymous, or is {@code null}
     */
    public final RouteAccess accessTo(CrudRoute route) {
        Map<CrudRoute, RouteAccess> declared = accesses;
        if (declared == null) {
            declared = new EnumMap<>(CrudRoute.class);
            for (CrudRoute each : CrudRoute.values()) {
                RouteAccess access = access(each);
                if (access == null) {
                    throw new IllegalStateException(getClass().getName() + ".access(" + each + ") returned null");
                }
                if (access.isAnonymous() && service.owned()) {
                    throw new IllegalStateException(getClass().getName() + " declares " + each + " anonymous, but its "
                            + "rows are owned (@Owner on the entity or a parent): an anonymous caller has no rows; "
                            + "declare RouteAccess.authenticated() or a role");
                }
                declared.put(each, access);
            }
            accesses = declared;
        }
        return declared.get(route);
    }

    /**
     * The generated routes this resource exposes; override it to switch some off, such as
     * {@code CrudRoute.allExcept(CrudRoute.REPLACE, CrudRoute.PATCH)}. A switched-off route answers {@code 405} with
     * {@code Allow} and is not documented. FastKit reads it once, the first time it needs it: return a fixed set.
     *
     * @return the exposed routes; by default all six
     */
    protected Set<CrudRoute> routes() {
        return CrudRoute.all();
    }

    /**
     * @param route one of the generated routes
     * @return whether this controller exposes it (see {@link #routes()})
     */
    public final boolean exposes(CrudRoute route) {
        Set<CrudRoute> routes = exposed;
        if (routes == null) {
            routes = EnumSet.noneOf(CrudRoute.class);
            routes.addAll(routes());
            exposed = routes;
        }
        return routes.contains(route);
    }

    /** @return the resource's service */
    protected BaseService<E, ?, C, U, R> service() {
        return service;
    }

    /**
     * @param response a single-resource answer
     * @param resource the resource it carries
     * @param <T>      The body type
     * @return the answer with the resource's {@code ETag}, if it has a version
     */
    protected static <T> MutableHttpResponse<T> withEntityTag(MutableHttpResponse<T> response, StoredResource<?> resource) {
        resource.entityTag().ifPresent(tag -> response.header(HttpHeaders.ETAG, tag));
        return response;
    }

    private static boolean matchesAny(String header, String tag) {
        String weakless = tag.startsWith("W/") ? tag.substring(2) : tag;
        for (String candidate : header.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(weakless)) {
                return true;
            }
        }
        return false;
    }
}
