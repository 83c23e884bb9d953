package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ParentResource;
import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.BoardSchemas.CardRead;
import dev.fastkit.core.testapp.BoardSchemas.CardWrite;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** Cards on boards: deleted softly, written by the repository. */
@Controller("/boards/{board_id}/cards")
class CardController extends BaseController<Card, CardWrite, CardWrite, CardRead> {

    CardController(CardRepository cards, ServiceDependencies dependencies) {
        super(cards, dependencies, new ParentResource(Board.class, "boardId", "board_id"));
    }
}
