package id.aduan.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The layout rules of docs/architecture.md and the style guide, checked on the compiled code of every module. */
class ModularityTests {

    static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.aduan");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.aduan.(*).(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void botAndAdminApiNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("id.aduan.bot..")
                .should().dependOnClassesThat().resideInAPackage("id.aduan.admin..").check(CODE);
        noClasses().that().resideInAPackage("id.aduan.admin..")
                .should().dependOnClassesThat().resideInAPackage("id.aduan.bot..").check(CODE);
    }

    @Test
    void onlyTheTelegramAdapterTalksToTelegram() {
        noClasses().that().resideOutsideOfPackage("id.aduan.bot.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..").check(CODE);
    }

    @Test
    void theConversationIsPureJava() {
        noClasses().that().resideInAPackage("id.aduan.bot.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.telegram..",
                        "com.mongodb..", "org.bson..")
                .check(CODE);
    }

    @Test
    void theClassifierAndTheModelsKnowNoSpring() {
        noClasses().that().resideInAnyPackage("id.aduan.classifier..", "id.aduan.models..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..")
                .check(CODE);
    }

    @Test
    void onlyOneConfigurationKnowsTheEmbeddedStore() {
        noClasses().that().resideOutsideOfPackage("id.aduan.app.store..")
                .should().dependOnClassesThat().resideInAPackage("de.bwaldvogel..").check(CODE);
    }
}
