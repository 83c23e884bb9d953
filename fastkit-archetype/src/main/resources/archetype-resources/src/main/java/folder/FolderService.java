package ${package}.folder;

import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ServiceDependencies;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Folders: plain FastKit CRUD, listed as {@link FolderRead} declares. Business rules would go in the hooks
 * ({@code beforeCreate}, ...).
 */
@Singleton
public class FolderService extends BaseService<Folder, UUID, FolderCreate, FolderUpdateFull, FolderRead> {

    /**
     * @param repository   the folders
     * @param dependencies FastKit's shared collaborators
     */
    public FolderService(FolderRepository repository, ServiceDependencies dependencies) {
        super(repository, dependencies);
    }
}
