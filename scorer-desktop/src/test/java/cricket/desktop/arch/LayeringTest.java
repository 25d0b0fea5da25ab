package cricket.desktop.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The console's packages depend on one another one way only. */
@AnalyzeClasses(packages = "cricket.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("cricket.desktop.(*)..").should().beFreeOfCycles();
}
