package io.portablefn.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The API is what users code against on every cloud: it must never touch a cloud SDK. */
class ApiBoundaryTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.portablefn.api");

    @Test
    void apiDependsOnNoCloudSdk() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.amazonaws..", "software.amazon..", "com.microsoft.azure..", "com.azure..",
                        "com.google.cloud..")
                .because("portablefn-api must stay provider-neutral")
                .check(API);
    }

    @Test
    void apiDependsOnlyOnTheJdk() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("io.portablefn.api..", "java..")
                .because("portablefn-api has no dependencies at all")
                .check(API);
    }
}
