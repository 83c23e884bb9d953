package dev.fastkit.test;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules for a service built on FastKit, as ArchUnit rules its own test applies:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.bookmarks", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule publicApiOnly = FastKitArchitecture.usesOnlyFastKitsPublicApi();
 * }
 * }</pre>
 */
public final class FastKitArchitecture {

    private FastKitArchitecture() {
    }

    /**
     * FastKit's internals ({@code dev.fastkit..internal..}) may change in any release; a service uses only the public
     * packages listed in FastKit's README.
     *
     * @return the rule: no class of the analysed service depends on a class in a FastKit {@code internal} package
     */
    public static ArchRule usesOnlyFastKitsPublicApi() {
        return noClasses().that().resideOutsideOfPackage("dev.fastkit..internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.fastkit..internal..")
                .because("FastKit's internal packages are not its public API");
    }

    /**
     * @param rootPackage the root package, such as {@code com.acme.bookmarks}
     * @return the rule: no two packages under the root (features such as {@code chat} and {@code user}, each
     *         sub-package counted on its own) depend on each other in a cycle
     */
    public static ArchRule hasNoPackageCycles(String rootPackage) {
        return SlicesRuleDefinition.slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
    }
}
