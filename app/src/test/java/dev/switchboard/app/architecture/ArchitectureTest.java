package dev.switchboard.app.architecture;

import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.adaptersDoNotDependOnEachOther;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.adaptersReachTheCoreOnlyThroughPortsAndDomainTypes;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.applicationDependsOnlyOnTheDomainAndTheJdk;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.domainDependsOnlyOnTheJdk;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.everyRingIsImported;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.nothingUsesJackson2Databind;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.onlyAppDependsOnTheServices;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.servicesAreNotPublic;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.theCoreCarriesNoFramework;
import static dev.switchboard.app.architecture.SwitchboardArchitectureRules.theCoreNeverReadsTheSystemClockOrMakesRandomIds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Switchboard's main code (every module, no tests) obeys its architecture. {@link ArchitectureRulesCanFailTest}
 * shows that each of these rules does catch the violation it is written for.
 */
class ArchitectureTest {

    private static final String SWITCHBOARD = "dev.switchboard";

    /** The in-memory fakes of application's test-jar are test code even when they arrive as a jar. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS =
            location -> !location.matches(Pattern.compile(".*-tests\\.jar!/.*"));

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOptions(List.of(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS, DO_NOT_INCLUDE_TEST_JARS))
            .importPackages(SWITCHBOARD);

    @Test
    void the_rules_see_every_ring_of_switchboard() {
        everyRingIsImported(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void the_domain_depends_on_nothing_but_the_jdk() {
        domainDependsOnlyOnTheJdk(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void the_application_depends_on_nothing_but_the_domain_and_the_jdk() {
        applicationDependsOnlyOnTheDomainAndTheJdk(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void the_core_carries_no_framework() {
        theCoreCarriesNoFramework(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        adaptersDoNotDependOnEachOther(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void adapters_reach_the_core_only_through_ports_and_domain_types() {
        adaptersReachTheCoreOnlyThroughPortsAndDomainTypes(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void only_app_constructs_the_services() {
        onlyAppDependsOnTheServices(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void services_are_package_private() {
        servicesAreNotPublic(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void the_core_never_reads_the_system_clock_or_makes_random_ids() {
        theCoreNeverReadsTheSystemClockOrMakesRandomIds(SWITCHBOARD).check(MAIN_CLASSES);
    }

    @Test
    void no_main_code_uses_jackson_2_databind() {
        nothingUsesJackson2Databind(SWITCHBOARD).check(MAIN_CLASSES);
    }
}
