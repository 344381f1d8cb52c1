package io.permitguide.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The case model and the services stay free of the GUI, so the command line and tests can use them alone. */
@AnalyzeClasses(packages = "io.permitguide", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelAndServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAnyPackage("io.permitguide.model..", "io.permitguide.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule modelAndServicesDoNotReachIntoTheViews = noClasses()
            .that().resideInAnyPackage("io.permitguide.model..", "io.permitguide.service..", "io.permitguide.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.permitguide.ui..");

    /** Nothing leaves the machine: no code of the app touches a network API (NoNetworkTest checks at run time). */
    @ArchTest
    static final ArchRule noCodeUsesTheNetwork = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream");

    /** Socket channels only for the one-window hand-off, and only over a Unix-domain socket (a file, no network). */
    @ArchTest
    static final ArchRule socketChannelsOnlyForTheLocalHandOff = noClasses()
            .that().resideOutsideOfPackage("io.permitguide.service.instance..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel");

    @ArchTest
    static final ArchRule theHandOffNeverUsesAnInternetAddress = noClasses()
            .that().resideInAPackage("io.permitguide.service.instance..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.InetSocketAddress")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfTheApp = noClasses()
            .that().resideInAPackage("io.permitguide.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.permitguide.service..", "io.permitguide.cli..", "io.permitguide.ui..");

    /** A logger held in a static field starts tinylog when its class loads; a start that logs nothing never should. */
    @ArchTest
    static final ArchRule loggersAreTakenWhereTheyLog = noFields()
            .that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("io.permitguide..")
            .should().haveRawType(org.slf4j.Logger.class);
}
