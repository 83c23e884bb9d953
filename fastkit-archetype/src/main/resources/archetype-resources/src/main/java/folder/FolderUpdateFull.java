package ${package}.folder;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /folders/{folder_id}}, every key required; also the document a {@code PATCH} merge patch
 * is applied to before it is validated.
 *
 * @param name 1 to 200 characters, not blank
 */
@Serdeable
public record FolderUpdateFull(@NotBlank @Size(min = 1, max = 200) String name) {
}
