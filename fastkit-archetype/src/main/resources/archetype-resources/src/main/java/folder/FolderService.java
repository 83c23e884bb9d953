package ${package}.folder;

import dev.fastkit.core.service.BaseService;
import dev.fastkit.core.service.ServiceDependencies;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Folders: plain FastKit CRUD, listed by name. Business rules would go in the hooks ({@code beforeCreate}, ...).
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

    /** @return folders by name (index {@code folders_user_name_idx}) */
    @Override
    protected Sort defaultSort() {
        return Sort.of(Sort.Order.asc("name"));
    }
}
