package dev.fastkit.core.service;

import dev.fastkit.core.data.BaseRepository;
import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.data.PaginationConfiguration;
import dev.fastkit.core.data.ResourcePage;
import dev.fastkit.core.error.ResourceNotFoundException;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.internal.data.ResourceStore;
import dev.fastkit.core.internal.data.ScopedQueries;
import dev.fastkit.core.include.IncludeRequest;
import dev.fastkit.core.internal.idempotency.IdempotentCreates;
import dev.fastkit.core.internal.include.Includes;
import dev.fastkit.core.internal.query.ListDeclaration;
import dev.fastkit.core.internal.query.ListPlanner;
import dev.fastkit.core.internal.query.ListQueryParser;
import dev.fastkit.core.query.ListQuery;
import dev.fastkit.core.internal.service.TypeArguments;
import dev.fastkit.core.ownership.ResourceScope;
import dev.fastkit.core.schema.SchemaBinder;
import dev.fastkit.core.schema.SchemaMapper;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.data.model.Sort;
import io.micronaut.json.tree.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The business layer of one resource: create, read, list, replace, merge-patch and delete, each in one
 * {@link UnitOfWork}, scoped to the caller (see {@link dev.fastkit.core.ownership.Owner}) and to the parent resource
 * (see {@link ParentResource}), with hooks before and after each write.
 *
 * <p>A plain resource's service is a subclass that only binds the types:
 * <pre>{@code
 * @Singleton
 * public class ChatService extends BaseService<Chat, UUID, ChatCreate, ChatUpdateFull, ChatRead> {
 *     public ChatService(ChatRepository repository, ServiceDependencies dependencies) {
 *         super(repository, dependencies);
 *     }
 * }
 * }</pre>
 * Business rules go in the {@code before...}/{@code after...} hooks, which run inside the unit of work: throwing there
 * rolls the whole operation back. The entity is mapped to and from the schemas by property name
 * ({@link SchemaMapper}); override {@link #toEntity}, {@link #toRead} or {@link #applyUpdate} to map otherwise.
 *
 * <p>Errors: 404 for an unknown id, an id of the wrong format, another owner's row or a missing parent; 412 for a
 * stale {@link IfMatch}; 422 for a schema violation; the database failures of {@link UnitOfWork}.
 *
 * @param <E>  The entity type, a {@code @MappedEntity}
 * @param <ID> The entity's id type
 * @param <C>  The create schema, such as {@code ChatCreate}
 * @param <U>  The full-update schema used by {@code PUT} and as the shape a merge patch is applied to, such as
 *             {@code ChatUpdateFull}
 * @param <R>  The read schema, such as {@code ChatRead}
 */
public abstract class BaseService<E, ID, C, U, R> {

    /** Where {@link dev.fastkit.core.query.Searchable} says the searched document is logged. */
    private static final Logger QUERY_LOG = LoggerFactory.getLogger("dev.fastkit.core.query");

    private final BaseRepository<E, ID> repository;
    private final ServiceDependencies dependencies;
    private final @Nullable ParentResource parent;
    private final EntityModel<E> model;
    private final ResourceStore<E> store;
    private final Class<ID> idType;
    private final Class<U> updateType;
    private final RequestBodies<C, U> bodies;
    private final Class<R> readType;
    private final @Nullable ParentPath<E> parentPath;
    private final ListDeclaration listDeclaration;
    private final ListQueryParser listParser;
    private final ListPlanner<E> listPlanner;
    private final Includes includes;

    /**
     * Creates the service of a top-level resource.
     *
     * @param repository   the entity's repository
     * @param dependencies the shared collaborators
     */
    protected BaseService(BaseRepository<E, ID> repository, ServiceDependencies dependencies) {
        this(repository, dependencies, null);
    }

    /**
     * Creates the service of a resource nested under {@code parent}.
     *
     * @param repository   the entity's repository
     * @param dependencies the shared collaborators
     * @param parent       the parent resource, or {@code null} for a top-level resource
     */
    protected BaseService(BaseRepository<E, ID> repository, ServiceDependencies dependencies, @Nullable ParentResource parent) {
        this(repository, dependencies, parent, null);
    }

    /**
     * @param typeArguments the entity, id, create, full-update and read types in the order of the type parameters, or
     *                      {@code null} to read them from the subclass's declaration
     */
    @SuppressWarnings("unchecked")
    BaseService(BaseRepository<E, ID> repository, ServiceDependencies dependencies, @Nullable ParentResource parent,
                Class<?> @Nullable [] typeArguments) {
        Class<?>[] types = typeArguments != null ? typeArguments : TypeArguments.of(getClass(), BaseService.class);
        this.repository = repository;
        this.dependencies = dependencies;
        this.parent = parent;
        this.model = EntityModel.of((Class<E>) types[0]);
        this.idType = (Class<ID>) types[1];
        this.updateType = (Class<U>) types[3];
        this.bodies = new RequestBodies<>(dependencies.binder(), (Class<C>) types[2], updateType);
        this.readType = (Class<R>) types[4];
        this.parentPath = parent == null ? null : new ParentPath<>(model, parent, dependencies.conversion());
        this.listDeclaration = ListDeclaration.of(readType, dependencies.binder());
        for (ListDeclaration.Field field : listDeclaration.fields()) {
            boolean declared = field.sortable() || field.filterable() || field.searchable();
            if (declared && model.introspection().getProperty(field.property()).isEmpty()) {
                throw new IllegalStateException(readType.getName() + "." + field.property() + " sorts, filters or is "
                        + "searched, but " + model.introspection().getBeanType().getName() + " has no such property");
            }
        }
        this.listParser = new ListQueryParser(listDeclaration, dependencies.pagination(), dependencies.lists());
        this.listPlanner = new ListPlanner<>(model, listDeclaration, dependencies.cursors());
        this.includes = Includes.of(readType, dependencies.binder());
        Map<String, ResourceStore.Child> children = new LinkedHashMap<>();
        for (Includes.Include include : includes.all()) {
            children.put(include.name(), new ResourceStore.Child(include.entityType(), include.parentProperty()));
        }
        this.store = dependencies.statements().store(model.introspection().getBeanType(), repository,
                parent == null ? null : parent.property(), ParentPath.entityTypes(parent), ParentPath.links(parent),
                children);
        List<String> searched = listDeclaration.searchable().stream().map(ListDeclaration.Field::property).toList();
        if (!searched.isEmpty()) {
            QUERY_LOG.debug("{} searches {} (a GIN index on exactly this expression serves ?q=)", readType.getName(),
                    store.searchDocument(searched));
        }
    }

    /**
     * The service of a resource without business rules: no hooks, schemas mapped by property name, listed in
     * {@link #defaultSort()} order. {@link dev.fastkit.core.web.BaseController}'s repository constructors use it, so
     * such a resource needs no service class of its own.
     *
     * @param repository   the entity's repository
     * @param dependencies the shared collaborators
     * @param parent       the parent resource, or {@code null} for a top-level resource
     * @param entityType   the entity type
     * @param createType   the create schema
     * @param updateType   the full-update schema
     * @param readType     the read schema
     * @param <E>          The entity type
     * @param <ID>         The id type
     * @param <C>          The create schema
     * @param <U>          The full-update schema
     * @param <R>          The read schema
     * @return the service
     */
    public static <E, ID, C, U, R> BaseService<E, ID, C, U, R> withoutRules(
            BaseRepository<E, ID> repository, ServiceDependencies dependencies, @Nullable ParentResource parent,
            Class<E> entityType, Class<C> createType, Class<U> updateType, Class<R> readType) {
        Class<?> idType = EntityModel.of(entityType).id().getType();
        return new BaseService<>(repository, dependencies, parent,
                new Class<?>[]{entityType, idType, createType, updateType, readType}) {
        };
    }

    /**
     * Creates a resource from a create body, bound strictly as the create schema (see {@link SchemaBinder}) before
     * anything is read or written.
     *
     * @param scope the caller and the parent
     * @param body  the create schema as JSON
     * @return the stored resource
     * @throws UnprocessableContentException (422) listing every failure of the body
     * @throws ResourceNotFoundException     (404) if a parent does not exist or is not the caller's
     */
    public StoredResource<R> create(ResourceScope scope, JsonNode body) {
        C schema = bodies.create(body);
        return unitOfWork().inTransaction(() -> {
            Object parentId = requireParent(scope);
            E entity = toEntity(schema);
            if (parentId != null) {
                entity = parentPath.fill(entity, scope);
            }
            Optional<Object> owner = ownerValue(scope);
            if (owner.isPresent()) {
                entity = model.owner().orElseThrow().withValue(entity, owner.get());
            }
            entity = beforeCreate(scope, schema, entity);
            E saved = store.insert(entity);
            forgetCountsAfterCommit();
            afterCreate(scope, saved);
            return stored(saved);
        });
    }

    /**
     * Creates a resource from a create schema that a route of your own built, such as a copy: it goes through the
     * same binding as a request body (from its JSON form), so it is validated exactly as a {@code POST} body is.
     *
     * @param scope  the caller and the parent
     * @param schema the create schema
     * @return the stored resource
     * @throws UnprocessableContentException (422) listing every failure of the schema
     * @throws ResourceNotFoundException     (404) if a parent does not exist or is not the caller's
     */
    public StoredResource<R> create(ResourceScope scope, C schema) {
        return create(scope, bodies.tree(schema));
    }

    /**
     * Reads one resource.
     *
     * @param scope the caller and the parent
     * @param id    the id as it appeared in the path
     * @return the resource
     * @throws ResourceNotFoundException (404) if it does not exist or is not the caller's
     */
    public StoredResource<R> get(ResourceScope scope, String id) {
        return unitOfWork().read(() -> stored(findExisting(scope, id)));
    }

    /**
     * Reads one resource with the includes asked for ({@link dev.fastkit.core.include.Includable}): one query for the
     * resource, then one per include for its children, on one read-only connection.
     *
     * @param scope    the caller and the parent
     * @param id       the id as it appeared in the path
     * @param includes the includes, from {@link #parseIncludes}
     * @return the resource, its included fields filled
     * @throws ResourceNotFoundException (404) if it does not exist or is not the caller's
     */
    public StoredResource<R> get(ResourceScope scope, String id, List<IncludeRequest> includes) {
        if (includes.isEmpty()) {
            return get(scope, id);
        }
        return unitOfWork().read(() -> {
            StoredResource<R> resource = stored(findExisting(scope, id));
            R read = resource.body();
            for (IncludeRequest request : includes) {
                Includes.Include include = this.includes.find(request.name()).orElseThrow(() ->
                        UnprocessableContentException.of(Includes.INCLUDE, "has no include " + request.name()));
                read = withIncluded(read, include, children(include, resource.id(), request.limit()));
            }
            return new StoredResource<>(resource.id(), read, resource.version());
        });
    }

    /**
     * Parses a {@code GET /{id}} request's {@code include} and limit parameters against the read schema's
     * {@link dev.fastkit.core.include.Includable} fields; {@code fields} is left to {@link #parseFields}.
     *
     * @param parameters the query parameters
     * @return the includes asked for, empty without {@code include}
     * @throws UnprocessableContentException (422, the parameter as pointer) for a parameter {@code GET /{id}} does not
     *                                       take, an unknown include or a limit out of range
     */
    public List<IncludeRequest> parseIncludes(Map<String, List<String>> parameters) {
        return includes.parse(parameters, Set.of(ListQueryParser.FIELDS));
    }

    /**
     * Lists resources: one offset page in the default order, counted, without filters (see
     * {@link #list(ResourceScope, ListQuery)}).
     *
     * @param scope the caller and the parent
     * @param skip  rows to skip, 0 to {@link Integer#MAX_VALUE}; {@code null} for 0
     * @param limit rows to answer, 1 to the configured maximum (100); {@code null} for the default (50)
     * @return the page and the total number of rows
     * @throws UnprocessableContentException (422) if {@code skip} or {@code limit} is out of range
     */
    public ResourcePage<R> list(ResourceScope scope, @Nullable Long skip, @Nullable Integer limit) {
        PaginationConfiguration pagination = dependencies.pagination();
        long offset = skip == null ? 0 : skip;
        int size = limit == null ? pagination.getDefaultLimit() : limit;
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw UnprocessableContentException.of("skip", "must be between 0 and " + Integer.MAX_VALUE);
        }
        if (size < 1 || size > pagination.getMaxLimit()) {
            throw UnprocessableContentException.of("limit", "must be between 1 and " + pagination.getMaxLimit());
        }
        return list(scope, ListQuery.page(offset, size));
    }

    /**
     * Parses a list route's query string against this resource's declaration (see {@link ListQuery}).
     *
     * @param parameters the query parameters, each with all its values
     * @param prefer     the {@code Prefer} header, or {@code null}
     * @return the list query
     * @throws UnprocessableContentException (422, the parameter as pointer) for an unknown or repeated parameter, a
     *                                       field that does not sort or filter, an operator it does not allow, or a
     *                                       value that does not parse as the field's type
     */
    public ListQuery parseListQuery(Map<String, List<String>> parameters, @Nullable String prefer) {
        return listParser.parse(parameters, prefer);
    }

    /**
     * Lists resources: filtered, searched and in the order {@code query} asks for, the id breaking ties; one page, at
     * {@code query.skip()} or after {@code query.cursor()} (keyset pagination: the same cost at any depth). With a
     * search and no sort, best match first.
     *
     * <p>The count runs only when the query is counted and the page cannot tell the total itself (a short offset
     * page does); unfiltered counts are taken from the {@link dev.fastkit.core.internal.data.CountCache} while fresh.
     *
     * @param scope the caller and the parent
     * @param query the list query
     * @return the page, its total when counted, and the cursor of the next page when more rows follow
     * @throws UnprocessableContentException (422, pointer {@code cursor}) if the cursor was minted for another query
     */
    public ResourcePage<R> list(ResourceScope scope, ListQuery query) {
        return unitOfWork().read(() -> {
            Object parentId = requireParentToRead(scope);
            Object owner = readOwner(scope);
            ListPlanner.ListPlan plan = listPlanner.plan(query, defaultSort(), owner, parentId);
            ScopedQueries.ListedRows<E> listed = store.list(owner, parentId, plan.statement());
            List<E> rows = listed.rows();
            boolean more = rows.size() > query.limit();
            if (more) {
                rows = rows.subList(0, query.limit());
            }
            String next = more ? listPlanner.nextCursor(plan, rows.get(rows.size() - 1),
                    listed.ranks() == null ? null : listed.ranks().get(rows.size() - 1)) : null;
            Long total = query.counted() ? total(query, plan, rows.size(), more, owner, parentId) : null;
            return new ResourcePage<>(rows.stream().map(this::toRead).toList(), total, next);
        });
    }

    /**
     * @param read   a read schema object
     * @param fields a sparse fieldset from {@link ListQuery#fields()} or {@link #parseFields}
     * @return its JSON with only those fields and the id
     */
    public JsonNode sparse(R read, List<String> fields) {
        JsonNode tree = binder().toTree(read);
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : tree.entries()) {
            String name = entry.getKey();
            if (fields.contains(name) || listDeclaration.field(name)
                    .filter(field -> field.property().equals(model.id().getName())).isPresent()) {
                kept.put(name, entry.getValue());
            }
        }
        return JsonNode.createObjectNode(kept);
    }

    /**
     * @param fields a {@code fields} parameter, comma-separated JSON names of the read schema
     * @return the sparse fieldset
     * @throws UnprocessableContentException (422, pointer {@code fields}) for a name the read schema lacks
     */
    public List<String> parseFields(String fields) {
        return listParser.parseFields(fields);
    }

    /**
     * Replaces a resource's writable fields ({@code PUT}) with a body bound strictly as the full-update schema, every
     * key present, before anything is read.
     *
     * @param scope   the caller and the parent
     * @param id      the id as it appeared in the path
     * @param body    the full-update schema as JSON
     * @param ifMatch the client's precondition, checked once against the row as locked
     * @return the updated resource
     * @throws UnprocessableContentException (422) listing every failure of the body
     * @throws ResourceNotFoundException     (404) if it does not exist or is not the caller's
     * @throws dev.fastkit.core.error.PreconditionFailedException (412) if {@code ifMatch} is stale
     */
    public StoredResource<R> replace(ResourceScope scope, String id, JsonNode body, IfMatch ifMatch) {
        U schema = bodies.replacement(body);
        return update(scope, id, ifMatch, current -> schema);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to a resource ({@code PATCH}): only the keys sent change, {@code null}
     * clears a nullable field, and the merged result is bound and validated as the full-update schema before anything
     * is written ({@code null} for a required field is a 422).
     *
     * @param scope   the caller and the parent
     * @param id      the id as it appeared in the path
     * @param patch   the merge patch, a JSON object
     * @param ifMatch the client's precondition, checked once against the row as locked, before the merge
     * @return the updated resource
     * @throws UnprocessableContentException (422) if the patch is not an object or the merged result breaks the schema
     * @throws ResourceNotFoundException     (404) if it does not exist or is not the caller's
     * @throws dev.fastkit.core.error.PreconditionFailedException (412) if {@code ifMatch} is stale
     */
    public StoredResource<R> patch(ResourceScope scope, String id, JsonNode patch, IfMatch ifMatch) {
        bodies.requirePatch(patch);
        return update(scope, id, ifMatch, current -> bodies.merged(toUpdate(current), patch));
    }

    /**
     * Deletes a resource.
     *
     * @param scope   the caller and the parent
     * @param id      the id as it appeared in the path
     * @param ifMatch the client's precondition
     */
    public void delete(ResourceScope scope, String id, IfMatch ifMatch) {
        unitOfWork().useTransaction(() -> {
            E entity = findForWrite(scope, id);
            ifMatch.check(version(entity));
            beforeDelete(scope, entity);
            store.delete(entity);
            forgetCountsAfterCommit();
            afterDelete(scope, entity);
        });
    }

    /**
     * @return the path variable that carries the parent id, for a nested resource
     */
    public Optional<String> parentPathVariable() {
        return Optional.ofNullable(parent).map(ParentResource::pathVariable);
    }

    /**
     * @return whether this resource's rows are scoped to their owner: its entity has an
     *         {@link dev.fastkit.core.ownership.Owner}, or a parent in its chain has
     */
    public boolean owned() {
        return model.owner().isPresent() || parentPath != null && parentPath.owned();
    }

    /**
     * @return the path variables that carry the parents' ids, nearest first (see {@link ParentResource#chain()});
     *         empty for a top-level resource
     */
    public List<String> parentPathVariables() {
        return parentPath == null ? List.of() : parentPath.pathVariables();
    }

    /**
     * @return what runs {@link dev.fastkit.core.web.BaseController}'s creates once per {@code Idempotency-Key}; FastKit's
     *         internal, not for applications
     */
    @Internal
    public IdempotentCreates idempotentCreates() {
        return dependencies.idempotentCreates();
    }

    /**
     * Finds a resource the scope may see, inside the caller's unit of work.
     *
     * @param scope the caller and the parent
     * @param id    the id as it appeared in the path
     * @return the entity, if it exists and the scope may see it
     */
    public Optional<E> find(ResourceScope scope, String id) {
        Optional<ID> parsed = parseId(id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Object parentId = requireParentToRead(scope);
        return store.find(parsed.get(), readOwner(scope), parentId);
    }

    // ---- hooks and mapping: override these -------------------------------------------------------------------

    /**
     * Called inside the unit of work before a new entity is inserted; throw to refuse the create.
     *
     * @param scope  the caller and the parent
     * @param schema the create schema
     * @param entity the entity about to be inserted, owner and parent filled
     * @return the entity to insert, possibly changed
     */
    protected E beforeCreate(ResourceScope scope, C schema, E entity) {
        return entity;
    }

    /**
     * Called inside the unit of work after the insert.
     *
     * @param scope  the caller and the parent
     * @param entity the inserted entity
     */
    protected void afterCreate(ResourceScope scope, E entity) {
    }

    /**
     * Called inside the unit of work before an update is written; throw to refuse it.
     *
     * @param scope   the caller and the parent
     * @param current the entity as read
     * @param updated the entity with the new values (the same object as {@code current} for a mutable class)
     * @return the entity to write, possibly changed
     */
    protected E beforeUpdate(ResourceScope scope, E current, E updated) {
        return updated;
    }

    /**
     * Called inside the unit of work after the update.
     *
     * @param scope  the caller and the parent
     * @param entity the updated entity, with its new version
     */
    protected void afterUpdate(ResourceScope scope, E entity) {
    }

    /**
     * Called inside the unit of work before the delete; throw to refuse it.
     *
     * @param scope  the caller and the parent
     * @param entity the entity about to be deleted
     */
    protected void beforeDelete(ResourceScope scope, E entity) {
    }

    /**
     * Called inside the unit of work after the delete.
     *
     * @param scope  the caller and the parent
     * @param entity the deleted entity
     */
    protected void afterDelete(ResourceScope scope, E entity) {
    }

    /**
     * @return the list order without {@code sort}, without the id: FastKit appends the id, in the direction of the
     *         last key, as the tie-breaker. Default: the read schema's {@link dev.fastkit.core.query.DefaultSort};
     *         without one, oldest first by the entity's {@code @DateCreated} property, or by id when it has none
     */
    protected Sort defaultSort() {
        if (!listDeclaration.defaultSort().isEmpty()) {
            return Sort.of(listDeclaration.defaultSort().stream()
                    .map(key -> {
                        String property = listDeclaration.field(key.field()).orElseThrow().property();
                        return key.descending() ? Sort.Order.desc(property) : Sort.Order.asc(property);
                    })
                    .toList());
        }
        return model.dateCreated().map(property -> Sort.of(Sort.Order.asc(property.getName()))).orElse(Sort.UNSORTED);
    }

    /**
     * @param schema a create schema
     * @return a new, unsaved entity; by default the same-named properties copied
     */
    protected E toEntity(C schema) {
        return SchemaMapper.map(schema, model.introspection().getBeanType());
    }

    /**
     * @param entity an entity
     * @return its read schema; by default the same-named properties copied
     */
    protected R toRead(E entity) {
        return SchemaMapper.map(entity, readType);
    }

    /**
     * @param entity an entity
     * @return its full-update schema, the document a merge patch is applied to
     */
    protected U toUpdate(E entity) {
        return SchemaMapper.map(entity, updateType);
    }

    /**
     * @param schema  a full-update schema
     * @param current the entity as read
     * @return the entity with the schema's values; by default the same-named properties written
     */
    protected E applyUpdate(U schema, E current) {
        return SchemaMapper.apply(schema, current);
    }

    /** @return the entity's repository */
    protected BaseRepository<E, ID> repository() {
        return repository;
    }

    /** @return the unit of work, for operations that span several repositories */
    protected UnitOfWork unitOfWork() {
        return dependencies.unitOfWork();
    }

    /** @return the entity's model */
    protected EntityModel<E> model() {
        return model;
    }

    // ---- internals --------------------------------------------------------------------------------------------

    /**
     * The one update path of {@code PUT} and {@code PATCH}: the row read and locked, {@code If-Match} checked against
     * it (once), the new values bound, the hooks, one write.
     */
    private StoredResource<R> update(ResourceScope scope, String id, IfMatch ifMatch, Function<E, U> schemaFor) {
        return unitOfWork().inTransaction(() -> {
            E current = findForWrite(scope, id);
            ifMatch.check(version(current));
            E updated = beforeUpdate(scope, current, applyUpdate(schemaFor.apply(current), current));
            E saved = store.update(updated);
            afterUpdate(scope, saved);
            return stored(saved);
        });
    }

    private List<Object> children(Includes.Include include, Object parentId, int limit) {
        EntityModel<?> child = EntityModel.of(include.entityType());
        String created = child.dateCreated().map(BeanProperty::getName).orElse(child.id().getName());
        String childId = child.id().getName();
        Sort order = include.latest()
                ? Sort.of(Sort.Order.desc(created), Sort.Order.desc(childId))
                : Sort.of(Sort.Order.asc(created), Sort.Order.asc(childId));
        // The resource is the caller's, so its children need no owner condition.
        List<Object> children = new ArrayList<>(store.children(include.name(), parentId, order, limit).stream()
                .map(row -> (Object) SchemaMapper.map(row, include.elementType()))
                .toList());
        if (include.latest()) {
            Collections.reverse(children);
        }
        return children;
    }

    private R withIncluded(R read, Includes.Include include, List<Object> children) {
        return BeanIntrospector.SHARED.getIntrospection(readType).getRequiredProperty(include.property(), Object.class)
                .withValue(read, List.copyOf(children));
    }

    private long total(ListQuery query, ListPlanner.ListPlan plan, int pageSize, boolean more, @Nullable Object owner,
                       @Nullable Object parentId) {
        boolean offsetPage = query.cursor() == null;
        if (offsetPage && !more && (pageSize > 0 || query.skip() == 0)) {
            return query.skip() + pageSize;
        }
        if (query.filters().isEmpty() && query.search() == null) {
            return dependencies.counts().count(model.introspection().getBeanType(), Arrays.asList(owner, parentId),
                    () -> store.count(owner, parentId, plan.statement()));
        }
        return store.count(owner, parentId, plan.statement());
    }

    /** Once the unit of work commits: forgets the counts in this process at once, and tells every instance. */
    private void forgetCountsAfterCommit() {
        Class<E> entityType = model.introspection().getBeanType();
        unitOfWork().afterCommit(() -> {
            dependencies.counts().invalidate(entityType);
            dependencies.counts().publish(entityType);
        });
    }

    /**
     * Reads the row a write is about to change and locks it until the transaction ends: concurrent writes of one row
     * then run one after another, each on the row as the previous one left it, so a write without {@code If-Match}
     * never fails for concurrency and {@code If-Match} is checked against the current version.
     */
    private E findForWrite(ResourceScope scope, String id) {
        Optional<ID> parsed = parseId(id);
        Object parentId = requireParent(scope);
        return parsed.flatMap(value -> store.findForUpdate(value, ownerValue(scope).orElse(null), parentId))
                .orElseThrow(() -> new ResourceNotFoundException("No such " + resourceName() + "."));
    }

    private E findExisting(ResourceScope scope, String id) {
        return find(scope, id).orElseThrow(() -> new ResourceNotFoundException("No such " + resourceName() + "."));
    }

    /** @return the nearest parent's id once the whole chain is checked (404 if not), {@code null} when top-level */
    private @Nullable Object requireParent(ResourceScope scope) {
        return parentPath == null ? null : parentPath.require(scope, store);
    }

    /** As {@link #requireParent}, for a read: the owners are not checked where the scope reads every owner's rows. */
    private @Nullable Object requireParentToRead(ResourceScope scope) {
        return parentPath == null ? null : parentPath.require(scope, store, scope.everyOwnerReadable());
    }

    /** @return the owner a read requires: none where the scope reads every owner's rows (writes ignore that) */
    private @Nullable Object readOwner(ResourceScope scope) {
        return scope.everyOwnerReadable() ? null : ownerValue(scope).orElse(null);
    }

    private Optional<Object> ownerValue(ResourceScope scope) {
        if (scope.principalId() == null || model.owner().isEmpty()) {
            return Optional.empty();
        }
        BeanProperty<E, Object> owner = model.owner().get();
        return Optional.of(conversion().convert(scope.principalId(), owner.getType())
                .orElseThrow(() -> new ResourceNotFoundException("No such " + resourceName() + ".")));
    }

    private Optional<ID> parseId(String id) {
        try {
            return conversion().convert(id, idType);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private @Nullable Object version(E entity) {
        return model.version().map(property -> property.get(entity)).orElse(null);
    }

    private StoredResource<R> stored(E entity) {
        return new StoredResource<>(model.id().get(entity), toRead(entity), version(entity));
    }

    private String resourceName() {
        return model.introspection().getBeanType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private SchemaBinder binder() {
        return dependencies.binder();
    }

    private ConversionService conversion() {
        return dependencies.conversion();
    }
}
