package org.learnlog.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.learnlog.store.StoreException;
import org.learnlog.ui.Windows;

/**
 * The layers of docs/architecture.md: model ← store ← service ← ui | cli ← app, with markdown inside service,
 * and the hand-off socket, plain Java, under the CLI and the app. The app, the composition root, also
 * runs the CLI's commands that later processes hand over to it.
 */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.learnlog");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy("org.learnlog")
                .layer("App").definedBy("org.learnlog.app..")
                .layer("Ui").definedBy("org.learnlog.ui..")
                .layer("Cli").definedBy("org.learnlog.cli..")
                .layer("Service").definedBy("org.learnlog.service..")
                .layer("Markdown").definedBy("org.learnlog.markdown..")
                .layer("Store").definedBy("org.learnlog.store..")
                .layer("Model").definedBy("org.learnlog.model..")
                .layer("Handoff").definedBy("org.learnlog.handoff..")
                .layer("Opening").definedBy("org.learnlog.opening..")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry", "App")
                .whereLayer("Opening").mayOnlyBeAccessedByLayers("Entry", "App", "Cli")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Opening")
                .whereLayer("Markdown").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "App", "Entry")
                .whereLayer("Handoff").mayOnlyBeAccessedByLayers("Cli", "App", "Opening")
                .ignoreDependency(describe("the UI and the CLI", LayerRulesTest::isFrontEnd),
                        describe("the store's exceptions, which they turn into messages and exit codes",
                                (JavaClass target) -> target.isAssignableTo(StoreException.class)))
                .because("each layer may only use the ones below it, so the model stays plain, the UI never "
                        + "touches JDBC, and the CLI and the app share the same services")
                .check(CLASSES);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("org.learnlog.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "picocli..")
                .because("the model is shared by every layer and must not drag in a UI toolkit or a database")
                .check(CLASSES);
    }

    @Test
    void theUiNeverTouchesTheDatabaseDirectly() {
        noClasses().that().resideInAnyPackage("org.learnlog.ui..", "org.learnlog.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .because("all data goes through the services, which run off the FX thread")
                .check(CLASSES);
    }

    @Test
    void nothingUsesANetworkSocket() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetSocketAddress")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .because("Learnlog makes no network connections; processes on one journal talk over a Unix-domain socket")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.learnlog.(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one, and hides which one owns a job")
                .check(CLASSES);
    }

    @Test
    void controllersAreMadeOnlyByTheWiringOfTheirFeature() {
        noClasses().that().resideOutsideOfPackage("org.learnlog.app..")
                .should().callConstructorWhere(describe("a controller's constructor",
                        call -> call.getTargetOwner().getSimpleName().endsWith("Controller")
                                && !call.getTargetOwner().isEquivalentTo(org.learnlog.ui.ControllerFactory.class)))
                .because("each feature's wiring gives its controllers exactly what they need, through the controller "
                        + "factory; a controller made elsewhere would hide its needs again")
                .check(CLASSES);
    }

    @Test
    void windowsAreBuiltOnlyByTheWindowFactory() {
        noClasses().that().doNotHaveFullyQualifiedName(Windows.class.getName())
                .should().callConstructor(Stage.class)
                .because("Windows gives every window its stylesheet, icon, owner and Escape to close")
                .check(CLASSES);
    }

    @Test
    void theAppUsesNoWebEngine() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
                .because("the preview draws Markdown with JavaFX's own controls: a web view cost 1.3 s to load, some "
                        + "90 MB and a 44 MB download (docs/decisions/0002-no-web-view.md)")
                .check(CLASSES);
    }

    private static boolean isFrontEnd(JavaClass origin) {
        return origin.getPackageName().startsWith("org.learnlog.ui") || origin.getPackageName().startsWith("org.learnlog.cli")
                || origin.getPackageName().startsWith("org.learnlog.opening");
    }
}
