package ${package}.folder;

import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/**
 * The six CRUD routes of the caller's folders under {@code /folders}.
 */
@Controller("/folders")
class FolderController extends BaseController<Folder, FolderCreate, FolderUpdateFull, FolderRead> {

    FolderController(FolderService service) {
        super(service);
    }
}
