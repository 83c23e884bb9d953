package ${package}.bookmark;

import ${package}.folder.FolderService;
import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Bookmarks, nested under the caller's folders ({@code /folders/{folder_id}/bookmarks}), newest first. A bookmark
 * reached through another user's folder, or through the wrong folder, is a 404.
 */
@Singleton
public class BookmarkService extends BaseService<Bookmark, UUID, BookmarkCreate, BookmarkUpdateFull, BookmarkRead> {

    /**
     * @param repository   the bookmarks
     * @param folders      the parent resource's service, which decides who may reach a folder
     * @param dependencies FastKit's shared collaborators
     */
    public BookmarkService(BookmarkRepository repository, FolderService folders, ServiceDependencies dependencies) {
        super(repository, dependencies, new ParentResource(folders, "folderId", "folder_id"));
    }

    /** @return newest bookmarks first (index {@code bookmarks_folder_created_idx}) */
    @Override
    protected Sort defaultSort() {
        return Sort.of(Sort.Order.desc("createdAt"));
    }
}
