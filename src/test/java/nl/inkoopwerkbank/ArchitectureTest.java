package nl.inkoopwerkbank;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the direction of dependencies visible and enforced: domain at the centre, adapters around it. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.inkoopwerkbank");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..", "com.fasterxml..", "de.siegmar..", "picocli..",
                        "nl.inkoopwerkbank.store..", "nl.inkoopwerkbank.io..", "nl.inkoopwerkbank.ui..",
                        "nl.inkoopwerkbank.cli..", "nl.inkoopwerkbank.service..")
                .check(classes);
    }

    @Test
    void storeKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("..store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.inkoopwerkbank.ui..",
                        "nl.inkoopwerkbank.cli..", "nl.inkoopwerkbank.service..", "nl.inkoopwerkbank.io..")
                .check(classes);
    }

    @Test
    void fileFormatsKnowOnlyTheDomain() {
        noClasses().that().resideInAPackage("..io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "nl.inkoopwerkbank.store..", "nl.inkoopwerkbank.ui..", "nl.inkoopwerkbank.cli..",
                        "nl.inkoopwerkbank.service..")
                .check(classes);
    }

    @Test
    void servicesDoNotKnowScreensCommandLineOrSql() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "nl.inkoopwerkbank.store..", "nl.inkoopwerkbank.ui..", "nl.inkoopwerkbank.cli..")
                .check(classes);
    }

    @Test
    void screensNeverTalkSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..",
                        "nl.inkoopwerkbank.store..", "nl.inkoopwerkbank.cli..")
                .check(classes);
    }

    @Test
    void commandLineHasNoScreens() {
        noClasses().that().resideInAPackage("..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.inkoopwerkbank.ui..",
                        "java.sql..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void benchmarksAndHarnessAreOnlyUsedByThemselves() {
        noClasses().that().resideOutsideOfPackages("..bench..", "..harness..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.inkoopwerkbank.bench..", "nl.inkoopwerkbank.harness..")
                .check(classes);
    }
}
