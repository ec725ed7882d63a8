package io.charter;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules of docs/architecture.md. This module sees every other one on its
 * classpath (frontend → backend → governance, scheduler), so the rules are checked here.
 */
@AnalyzeClasses(packages = "io.charter", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax..", "com.vaadin..",
        "ai.djl..", "org.hibernate..", "io.vertx..", "org.eclipse.microprofile.."};

    @ArchTest
    static final ArchRule governanceImportsNoFramework = noClasses().that().resideInAPackage("io.charter.governance..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule schedulerImportsNoFramework = noClasses().that().resideInAPackage("io.charter.scheduler..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule coreDoesNotDependOnServerModules = noClasses()
            .that().resideInAnyPackage("io.charter.governance..", "io.charter.scheduler..")
            .should().dependOnClassesThat().resideInAnyPackage("io.charter.project..", "io.charter.charter..",
                    "io.charter.audit..", "io.charter.tenancy..", "io.charter.common..", "io.charter.ui..",
                    "io.charter.artifact..", "io.charter.dataset..", "io.charter.jobs..", "io.charter.split..",
                    "io.charter.pipeline..");

    @ArchTest
    static final ArchRule backendDoesNotDependOnTheUi = noClasses().that().resideOutsideOfPackage("io.charter.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.charter.ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnResources = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..api..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("io.charter.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiFeaturesAreFreeOfCycles = slices().matching("io.charter.ui.(*)..").should()
            .beFreeOfCycles();

}
