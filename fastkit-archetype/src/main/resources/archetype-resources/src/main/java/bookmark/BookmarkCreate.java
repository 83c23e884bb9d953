package ${package}.bookmark;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /folders/{folder_id}/bookmarks}. Unknown keys, read-only fields included, are a 422.
 *
 * @param url   an http or https URL without spaces, up to 2000 characters
 * @param title 1 to 200 characters, not blank
 */
@Serdeable
public record BookmarkCreate(
        @NotBlank @Size(max = 2000) @Pattern(regexp = Bookmark.URL_PATTERN, message = "must be an http or https URL")
        String url,
        @NotBlank @Size(min = 1, max = 200) String title) {
}
