package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.BoardSchemas.BoardRead;
import dev.fastkit.core.testapp.BoardSchemas.BoardWrite;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** Boards: deleted softly, with their cards as an include. */
@Controller("/boards")
class BoardController extends BaseController<Board, BoardWrite, BoardWrite, BoardRead> {

    BoardController(BoardRepository boards, ServiceDependencies dependencies) {
        super(boards, dependencies);
    }
}
