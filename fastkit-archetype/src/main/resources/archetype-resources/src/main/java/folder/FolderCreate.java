package ${package}.folder;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /folders}. Unknown keys, read-only fields included, are a 422.
 *
 * @param name 1 to 200 characters, not blank
 */
@Serdeable
public record FolderCreate(@NotBlank @Size(min = 1, max = 200) String name) {
}
