package dev.switchboard.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Switchboard's architecture, written once. Every rule takes the root package it guards, so the same
 * rule checks the real code ({@code dev.switchboard}) and is shown to fail on the deliberately broken
 * copy of the layout ({@code dev.switchboard.archfixture}).
 *
 * <p>Rings, from the inside out: {@code domain}, {@code application} (its {@code port.in},
 * {@code port.out} and {@code port.paging} are the core's public face; {@code service} holds the
 * implementations), the driving and driven {@code adapter.*}, and {@code app}, which wires them.
 */
public final class SwitchboardArchitectureRules {

    /** The frameworks the core must not know; the module graph keeps most of them off its classpath anyway. */
    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta..", "javax..", "lombok..", "tools.jackson..", "com.fasterxml..",
        "org.mapstruct..", "reactor.."
    };

    private SwitchboardArchitectureRules() {
    }

    /** Guards every other rule: a rule over a ring that was not imported would check nothing. */
    public static ArchRule everyRingIsImported(String root) {
        List<String> rings = List.of(
                root + ".domain", root + ".application.port.in", root + ".application.port.out",
                root + ".application.service", root + ".adapter.rest", root + ".adapter.graphql",
                root + ".adapter.persistence", root + ".app");
        return classes().should(includeAClassFromEachOf(rings))
                .because("a rule about a ring that has no imported class would pass without checking anything");
    }

    public static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is the innermost ring: plain Java that any program can embed");
    }

    public static ArchRule applicationDependsOnlyOnTheDomainAndTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
                .because("use cases and ports are plain Java; adapters depend on them, never the other way round");
    }

    public static ArchRule theCoreCarriesNoFramework(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("no stereotype, @Transactional, Lombok or JSON annotation reaches the core: "
                        + "app wires it with @Bean methods and the adapters map it");
    }

    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("each adapter talks to the core through its ports, so any one can be replaced alone");
    }

    public static ArchRule adaptersReachTheCoreOnlyThroughPortsAndDomainTypes(String root) {
        return classes().that().resideInAPackage(root + ".adapter..")
                .should().onlyDependOnClassesThat(
                        resideOutsideOfPackage(root + "..")
                                .or(resideInAnyPackage(root + ".adapter..", root + ".application.port..",
                                        root + ".domain..")))
                .because("the ports are the core's whole public face: services stay swappable and app does the wiring");
    }

    public static ArchRule onlyAppDependsOnTheServices(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".app..", root + ".application.service..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .because("the services are built in one place, app's wiring, and everyone else sees only ports");
    }

    public static ArchRule servicesAreNotPublic(String root) {
        return classes().that().resideInAPackage(root + ".application.service..")
                .and().haveSimpleNameEndingWith("Service")
                .should().notBePublic()
                .because("a service is reached through its use-case port; only the per-feature factories are public");
    }

    public static ArchRule theCoreNeverReadsTheSystemClockOrMakesRandomIds(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().accessTargetWhere(anyOverloadOf(
                        aMethod(LocalDateTime.class, "now"), aMethod(Instant.class, "now"),
                        aMethod(OffsetDateTime.class, "now"), aMethod(ZonedDateTime.class, "now"),
                        aMethod(LocalDate.class, "now"), aMethod(UUID.class, "randomUUID"),
                        aMethod(System.class, "currentTimeMillis")))
                .because("time comes from the injected java.time.Clock, read as clock.instant(), and ids from the "
                        + "IdGenerator port, which keeps the core deterministic under test");
    }

    public static ArchRule nothingUsesJackson2Databind(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .because("Switchboard's JSON is Jackson 3 (tools.jackson); Jackson 2 databind is on the classpath "
                        + "only because Flyway needs it, and Boot defines no bean of its ObjectMapper");
    }

    private static DescribedPredicate<JavaAccess<?>> aMethod(Class<?> owner, String method) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + method,
                access -> access.getTargetOwner().isEquivalentTo(owner) && access.getName().equals(method));
    }

    /** Calls with any arguments ({@code Instant.now(clock)} too) and method references ({@code UUID::randomUUID}). */
    @SafeVarargs
    private static DescribedPredicate<JavaAccess<?>> anyOverloadOf(DescribedPredicate<JavaAccess<?>>... methods) {
        String names = Arrays.stream(methods).map(DescribedPredicate::getDescription).collect(Collectors.joining(", "));
        return DescribedPredicate.<JavaAccess<?>>or(methods)
                .as("the target is any overload of " + names + " (called or referenced)");
    }

    private static ArchCondition<JavaClass> includeAClassFromEachOf(List<String> rings) {
        return new ArchCondition<>("include a class from each of " + rings) {
            private Set<String> importedPackages = Set.of();

            @Override
            public void init(Collection<JavaClass> allClasses) {
                importedPackages = allClasses.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                // judged once for the whole import, in finish()
            }

            @Override
            public void finish(ConditionEvents events) {
                for (String ring : rings) {
                    boolean present = importedPackages.stream()
                            .anyMatch(pkg -> pkg.equals(ring) || pkg.startsWith(ring + "."));
                    if (!present) {
                        events.add(SimpleConditionEvent.violated(ring, "no class was imported from " + ring + ".."));
                    }
                }
            }
        };
    }
}
