#!/usr/bin/env bash
# Adds a second owned resource, tags, to a project generated from fastkit-archetype, the way its README says a user
# does by hand: an entity, its create/full-update/read schemas, a repository, a controller and a migration; nothing
# else. Used by scripts/archetype-check.sh. Usage: add-tag-resource.sh <project dir> <package as a path, com/example/x>
set -euo pipefail
PROJECT=$1 PACKAGE_PATH=$2
PACKAGE=${PACKAGE_PATH//\//.}
DIR="$PROJECT/src/main/java/$PACKAGE_PATH/tag"
mkdir -p "$DIR"
cat >"$DIR/Tag.java" <<JAVA
package $PACKAGE.tag;

import dev.fastkit.core.ownership.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A label of the caller's. */
@MappedEntity("tags")
public record Tag(@Id @AutoPopulated @Nullable UUID id, String label, @Nullable String colour,
                  @Owner @Nullable UUID userId, @DateCreated @Nullable Instant createdAt,
                  @Version @Nullable Long version) {
}
JAVA
cat >"$DIR/TagCreate.java" <<JAVA
package $PACKAGE.tag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The POST body. */
@Serdeable
public record TagCreate(@NotBlank @Size(max = 40) String label, @Nullable @Pattern(regexp = "#[0-9a-f]{6}") String colour) {
}
JAVA
sed 's/TagCreate/TagUpdateFull/; s|/\*\* The POST body. \*/|/** The PUT body; a PATCH is applied to it. */|' "$DIR/TagCreate.java" >"$DIR/TagUpdateFull.java"
cat >"$DIR/TagRead.java" <<JAVA
package $PACKAGE.tag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** What the API answers. */
@Serdeable
public record TagRead(UUID id, String label, @Nullable String colour, UUID userId, Instant createdAt) {
}
JAVA
cat >"$DIR/TagRepository.java" <<JAVA
package $PACKAGE.tag;

import dev.fastkit.core.data.BaseRepository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.UUID;

/** The tags table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TagRepository extends BaseRepository<Tag, UUID> {
}
JAVA
cat >"$DIR/TagController.java" <<JAVA
package $PACKAGE.tag;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** The six CRUD routes of the caller's tags. */
@Controller("/tags")
class TagController extends BaseController<Tag, TagCreate, TagUpdateFull, TagRead> {

    TagController(TagRepository tags, ServiceDependencies dependencies) {
        super(tags, dependencies);
    }
}
JAVA
cat >"$PROJECT/src/main/resources/db/migration/V101__tags.sql" <<SQL
CREATE TABLE tags (
    id uuid PRIMARY KEY,
    label varchar(40) NOT NULL,
    colour varchar(7),
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 0
);
CREATE INDEX tags_user_created_idx ON tags (user_id, created_at, id);
SQL
