package cn.suanpan.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the architecture brief, checked on the compiled classes of every
 * module (this module depends on all of them): dependencies point inward, the UI
 * toolkit stays in the app, and only core touches the terminal's schema.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the modules arrive as class folders or jars, depending on how far the build got
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.suanpan");
    }

    @Test
    void coreAndHardwareNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("cn.suanpan.core..", "cn.suanpan.hardware..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingButTheAppUsesTheApp() {
        noClasses().that().resideOutsideOfPackages("cn.suanpan.app..", "cn.suanpan.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.suanpan.app..")
                .check(classes);
    }

    @Test
    void theCloudNeverUsesTheAppOrDevices() {
        noClasses().that().resideInAnyPackage("cn.suanpan.cloud..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.suanpan.app..", "cn.suanpan.hardware..")
                .allowEmptyShould(true) // the cloud module may hold no classes yet
                .check(classes);
    }

    @Test
    void coreAndHardwareDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("cn.suanpan.core..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.suanpan.hardware..", "cn.suanpan.sync..", "cn.suanpan.cloud..", "cn.suanpan.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("cn.suanpan.hardware..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.suanpan.core..", "cn.suanpan.sync..", "cn.suanpan.cloud..", "cn.suanpan.app..")
                .allowEmptyShould(true) // the hardware module may hold no classes yet
                .check(classes);
    }

    @Test
    void onlyCoreTouchesTheLocalSchema() {
        noClasses().that().resideOutsideOfPackages("cn.suanpan.core..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.suanpan.core.store.schema..")
                .check(classes);
    }

    @Test
    void theRulesSeeEveryModule() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.suanpan.core.store")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.suanpan.app.ui")).isTrue();
    }
}
