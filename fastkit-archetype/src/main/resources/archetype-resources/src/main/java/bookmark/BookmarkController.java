package ${package}.bookmark;

import ${package}.folder.Folder;
import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of a folder's bookmarks under {@code /folders/{folder_id}/bookmarks}, oldest first; only the
 * folder's owner reaches them, anyone else gets 404. Bookmarks have no business rules, so no service class: the
 * controller takes the repository.
 */
@Controller("/folders/{folder_id}/bookmarks")
class BookmarkController extends BaseController<Bookmark, BookmarkCreate, BookmarkUpdateFull, BookmarkRead> {

    BookmarkController(BookmarkRepository bookmarks, ServiceDependencies dependencies) {
        super(bookmarks, dependencies, new ParentResource(Folder.class, "folderId", "folder_id"));
    }
}
