package cricket.server.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server's one-way flow (STYLE.md), held by the compiled classes rather than by review. */
@AnalyzeClasses(packages = "cricket.server", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule routesHoldNoSql = noClasses()
            .that()
            .haveSimpleNameEndingWith("Routes")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("a route reads the request, calls one service method and writes the response");

    @ArchTest
    static final ArchRule servicesSeeNoJavalin = noClasses()
            .that()
            .haveSimpleNameEndingWith("Service")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.javalin..")
            .because("a service is called the same way from HTTP, the command line and a test");

    @ArchTest
    static final ArchRule theCacheCallsNoService = noClasses()
            .that()
            .resideInAPackage("cricket.server.cache..")
            .should()
            .dependOnClassesThat(resideInAPackage("cricket.server..").and(simpleNameEndingWith("Service")))
            .because("services tell the cache of changes; the cache reads through repositories and ports");

    @ArchTest
    static final ArchRule onlyTheEdgeKnowsStatusCodes = noClasses()
            .that()
            .resideOutsideOfPackage("cricket.server.http..")
            .and()
            .haveSimpleNameNotEndingWith("Routes")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("cricket.server.http.ApiException")
            .because("services, repositories and the cache throw domain exceptions; only http/ maps them to"
                    + " status codes, and routes may refuse a request's shape");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("cricket.server.(*)..").should().beFreeOfCycles();

    /** The packages' cycle check leaves out the top package: only the command line may build or start the app. */
    @ArchTest
    static final ArchRule onlyTheCommandLineUsesTheApp = noClasses()
            .that()
            .resideInAPackage("cricket.server.(*)..")
            .and()
            .resideOutsideOfPackages("cricket.server.cli..", "cricket.server.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cricket.server")
            .because("App wires every feature package, so a feature that used it would close a cycle");
}
