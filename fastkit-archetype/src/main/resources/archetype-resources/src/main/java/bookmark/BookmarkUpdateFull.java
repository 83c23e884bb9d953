package ${package}.bookmark;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /folders/{folder_id}/bookmarks/{id}}, every key required; also the document a
 * {@code PATCH} merge patch is applied to before it is validated.
 *
 * @param url   an http or https URL without spaces, up to 2000 characters
 * @param title 1 to 200 characters, not blank
 */
@Serdeable
public record BookmarkUpdateFull(
        @NotBlank @Size(max = 2000) @Pattern(regexp = Bookmark.URL_PATTERN, message = "must be an http or https URL")
        String url,
        @NotBlank @Size(min = 1, max = 200) String title) {
}
