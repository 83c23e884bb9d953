package dev.fastkit.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fastkit.test.FastKitArchitecture;
import io.micronaut.core.annotation.Internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** fastkit-core's layout: concepts without cycles, internals marked as such. */
@AnalyzeClasses(packages = "dev.fastkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule publicConceptsHaveNoCycles = FastKitArchitecture.hasNoPackageCycles("dev.fastkit.core");

    @ArchTest
    static final ArchRule internalTypesAreMarkedInternal = classes().that().resideInAPackage("dev.fastkit.core.internal..")
            .and().areTopLevelClasses().and().arePublic().and().haveNameNotMatching(".*[$].*")
            .should().beAnnotatedWith(Internal.class);
}
