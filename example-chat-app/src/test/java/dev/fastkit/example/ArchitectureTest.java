package dev.fastkit.example;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fastkit.test.FastKitArchitecture;

/** The example uses only FastKit's public API, as every service built on it should, and its packages form no cycle. */
@AnalyzeClasses(packages = "dev.fastkit.example", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyFastKitsPublicApi = FastKitArchitecture.usesOnlyFastKitsPublicApi();

    @ArchTest
    static final ArchRule hasNoPackageCycles = FastKitArchitecture.hasNoPackageCycles("dev.fastkit.example");
}
