package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.ReadingSchemas.ReadingCreate;
import dev.fastkit.core.testapp.ReadingSchemas.ReadingRead;
import dev.fastkit.core.web.BaseController;
import io.micronaut.http.annotation.Controller;

/** Readings: a resource without business rules, listed oldest first (no {@code @DefaultSort}, by {@code @DateCreated}). */
@Controller("/readings")
class ReadingController extends BaseController<Reading, ReadingCreate, ReadingCreate, ReadingRead> {

    ReadingController(ReadingRepository readings, ServiceDependencies dependencies) {
        super(readings, dependencies);
    }
}
