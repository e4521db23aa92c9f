package org.tutela;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(TutelaApplication.class);

    @Test
    void modulesDependOnlyOnEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theNeedToKnowRulesArePlainJava() {
        var classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.tutela.school.access");
        noClasses().that().doNotHaveSimpleName("package-info").should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }

    @Test
    void theProcedureEngineIsPlainJava() {
        var classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.tutela.procedure");
        noClasses().that().doNotHaveSimpleName("package-info").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
