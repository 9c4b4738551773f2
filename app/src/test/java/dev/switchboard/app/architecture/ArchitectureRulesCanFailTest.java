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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.switchboard.archfixture.adapter.graphql.call.InviteParticipantsInput;
import dev.switchboard.archfixture.app.CoreWiring;
import dev.switchboard.archfixture.application.port.in.call.PortThatBuildsItsOwnService;
import dev.switchboard.archfixture.application.port.out.CallRepositoryLeakingRows;
import dev.switchboard.archfixture.application.service.call.InviteParticipantsService;
import dev.switchboard.archfixture.domain.call.CallShapedForJson;
import dev.switchboard.archfixture.domain.call.CallThatKnowsItsUseCase;
import dev.switchboard.archfixture.domain.call.CallThatReadsTheSystemClock;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run against {@code dev.switchboard.archfixture} (a copy of the layout with
 * deliberate violations), fails and names the class that broke it. A rule that cannot fail guards nothing.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "dev.switchboard.archfixture";

    private static final JavaClasses BROKEN_LAYOUT = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void the_ring_guard_fails_when_a_ring_was_not_imported() {
        JavaClasses onlyTheDomain = new ClassFileImporter().importPackages(FIXTURE + ".domain");

        assertThatRuleFails(everyRingIsImported(FIXTURE), onlyTheDomain)
                .contains(FIXTURE + ".application.service", FIXTURE + ".adapter.rest", FIXTURE + ".app")
                .doesNotContain("no class was imported from " + FIXTURE + ".domain");
        everyRingIsImported(FIXTURE).check(BROKEN_LAYOUT);
    }

    @Test
    void a_domain_class_that_knows_a_use_case_breaks_the_domain_rule() {
        assertThatRuleFails(domainDependsOnlyOnTheJdk(FIXTURE))
                .contains(CallThatKnowsItsUseCase.class.getName());
    }

    @Test
    void a_port_that_returns_a_persistence_row_breaks_the_application_rule() {
        assertThatRuleFails(applicationDependsOnlyOnTheDomainAndTheJdk(FIXTURE))
                .contains(CallRepositoryLeakingRows.class.getName());
    }

    @Test
    void a_json_annotation_in_the_domain_or_transactional_in_a_service_breaks_the_no_framework_rule() {
        assertThatRuleFails(theCoreCarriesNoFramework(FIXTURE))
                .contains(CallShapedForJson.class.getName(), "com.fasterxml.jackson.annotation.JsonProperty")
                .contains(FIXTURE + ".application.service.call.TransactionalCallService",
                        "org.springframework.transaction.annotation.Transactional");
    }

    @Test
    void a_rest_controller_that_borrows_a_graphql_input_breaks_the_adapter_isolation_rule() {
        assertThatRuleFails(adaptersDoNotDependOnEachOther(FIXTURE))
                .contains(FIXTURE + ".adapter.rest.call.ControllerBorrowingGraphQlInput",
                        InviteParticipantsInput.class.getName());
    }

    @Test
    void an_adapter_that_reaches_a_service_or_the_wiring_breaks_the_ports_only_rule() {
        assertThatRuleFails(adaptersReachTheCoreOnlyThroughPortsAndDomainTypes(FIXTURE))
                .contains(FIXTURE + ".adapter.rest.call.ControllerThatCallsAServiceFactory")
                .contains(FIXTURE + ".adapter.rest.call.ControllerThatKnowsTheWiring")
                .doesNotContain("ControllerBorrowingGraphQlInput");
    }

    @Test
    void anything_but_app_that_builds_a_service_breaks_the_wiring_rule() {
        assertThatRuleFails(onlyAppDependsOnTheServices(FIXTURE))
                .contains(PortThatBuildsItsOwnService.class.getName())
                .contains(FIXTURE + ".adapter.rest.call.ControllerThatCallsAServiceFactory")
                .doesNotContain(CoreWiring.class.getName());
    }

    @Test
    void a_public_service_breaks_the_package_private_rule() {
        assertThatRuleFails(servicesAreNotPublic(FIXTURE))
                .contains(InviteParticipantsService.class.getName())
                .doesNotContain("TransactionalCallService");
    }

    @Test
    void reading_the_system_clock_or_making_random_ids_in_the_core_breaks_the_determinism_rule() {
        assertThatRuleFails(theCoreNeverReadsTheSystemClockOrMakesRandomIds(FIXTURE))
                .contains(CallThatReadsTheSystemClock.class.getName())
                .contains("java.time.Instant.now()", "java.time.Instant.now(java.time.Clock)",
                        "java.time.OffsetDateTime.now(java.time.ZoneId)", "java.time.LocalDateTime.now()",
                        "java.time.ZonedDateTime.now()", "java.time.LocalDate.now()",
                        "java.lang.System.currentTimeMillis()")
                .contains(FIXTURE + ".application.service.call.IdsFromThinAir")
                .contains("calls method <java.util.UUID.randomUUID()>", "references method <java.util.UUID.randomUUID()>");
    }

    @Test
    void an_adapter_using_jackson_2_databind_breaks_the_jackson_rule() {
        assertThatRuleFails(nothingUsesJackson2Databind(FIXTURE))
                .contains(FIXTURE + ".adapter.graphql.call.ResolverWithJackson2",
                        "com.fasterxml.jackson.databind.ObjectMapper");
    }

    private static AbstractStringAssert<?> assertThatRuleFails(ArchRule rule) {
        return assertThatRuleFails(rule, BROKEN_LAYOUT);
    }

    private static AbstractStringAssert<?> assertThatRuleFails(ArchRule rule, JavaClasses classes) {
        Throwable failure = catchThrowable(() -> rule.check(classes));
        assertThat(failure).as("the rule should have failed: %s", rule.getDescription())
                .isInstanceOf(AssertionError.class);
        return assertThat(failure.getMessage());
    }
}
