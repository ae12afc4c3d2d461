package org.modelcards.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.modelcards");
    }

    @Test
    void coreDependsOnNoUserInterface() {
        ArchRule rule = noClasses().that().resideInAPackage("org.modelcards.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.modelcards.app..", "org.modelcards.cli..", "picocli..");
        rule.check(classes);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.modelcards.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace");
        rule.check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrStages() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Document")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
        rule.check(classes);
    }

    @Test
    void theCliDoesNotLoadTheEditor() {
        ArchRule rule = noClasses().that().resideInAPackage("org.modelcards.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.modelcards.app..");
        rule.check(classes);
    }

    @Test
    void noStaticMutableState() {
        ArchRule rule = fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.modelcards..")
                .should().beFinal();
        rule.check(classes);
    }

    @Test
    void coreFormatsAreReachedThroughTheirPublicTypesOnly() {
        ArchRule rule = classes().that().resideInAPackage("org.modelcards.core.format.json")
                .and().haveSimpleNameStartingWith("CardTree")
                .should().notBePublic();
        rule.check(classes);
    }

    /** Every package of the core can be understood without the packages that use it: no two reach each other. */
    @Test
    void coreHasNoPackageCycles() {
        SlicesRuleDefinition.slices().matching("org.modelcards.core.(**)").should().beFreeOfCycles().check(classes);
    }
}
