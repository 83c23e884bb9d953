package ${package};

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fastkit.test.FastKitArchitecture;

/** The service uses only FastKit's public API, and its features do not depend on each other in a cycle. */
@AnalyzeClasses(packages = "${package}", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyFastKitsPublicApi = FastKitArchitecture.usesOnlyFastKitsPublicApi();

    @ArchTest
    static final ArchRule hasNoPackageCycles = FastKitArchitecture.hasNoPackageCycles("${package}");
}
