package ${package}.bookmark;

import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of a folder's bookmarks under {@code /folders/{folder_id}/bookmarks}; only the folder's owner
 * reaches them, anyone else gets 404.
 */
@Controller("/folders/{folder_id}/bookmarks")
class BookmarkController extends BaseController<Bookmark, BookmarkCreate, BookmarkUpdateFull, BookmarkRead> {

    BookmarkController(BookmarkService service) {
        super(service);
    }
}
