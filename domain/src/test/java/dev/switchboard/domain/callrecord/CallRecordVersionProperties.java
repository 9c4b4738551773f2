package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.Timestamps;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A call record's {@code version} only rises (API notes §3.1): a PATCH without a version raises it by one when it
 * changes something; a higher version becomes the new one; a version that is not higher is a conflict, unless it is
 * the stored one resent with no change. A PATCH that changes nothing returns the very same record.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class CallRecordVersionProperties {

    /** What a PATCH says about the version. */
    enum VersionSent { NONE, STORED, LOWER, HIGHER }

    record VersionedPatch(VersionSent sent, CallRecordPatch patch) {
    }

    // no edge cases: jqwik would recompute them for each flatMapped patch generator, at seconds per property
    @Property(edgeCases = EdgeCasesMode.NONE)
    void the_version_follows_the_rule_of_section_3_1(
            @ForAll("recordsWithPatches") Tuple.Tuple2<CallRecord, VersionedPatch> given, @ForAll("instants") Instant now) {
        CallRecord stored = given.get1();
        CallRecordPatch patch = given.get2().patch();
        CallRecord snapshot = stored.withVersion(stored.version());
        boolean changes = changesSomething(stored, patch);
        Instant modified = later(stored.lastModifiedDateTime(), Timestamps.micros(now));
        Statistics.label("case").collect(given.get2().sent(), changes);
        Statistics.label("case").coverage(checker -> {
            for (VersionSent sent : VersionSent.values()) {
                checker.check(sent, true).percentage(p -> p > 1);
                checker.check(sent, false).percentage(p -> p > 1);
            }
        });

        switch (given.get2().sent()) {
            case NONE -> {
                CallRecord updated = stored.update(patch, now);
                if (changes) {
                    assertThat(updated.version()).isEqualTo(stored.version() + 1);
                    assertThat(updated.lastModifiedDateTime()).isEqualTo(modified);
                } else {
                    assertThat(updated).isSameAs(stored);
                }
            }
            case STORED -> {
                if (changes) {
                    assertThatThrownBy(() -> stored.update(patch, now)).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(stored.update(patch, now)).isSameAs(stored);
                }
            }
            case LOWER -> assertThatThrownBy(() -> stored.update(patch, now)).isInstanceOf(ConflictException.class);
            case HIGHER -> {
                CallRecord updated = stored.update(patch, now);
                assertThat(updated.version()).isEqualTo(patch.version().applyTo(null));
                assertThat(updated.lastModifiedDateTime()).isEqualTo(modified);
            }
        }
        assertThat(stored).as("the stored record itself never changes").isEqualTo(snapshot);
    }

    // no edge cases: jqwik would recompute them for each flatMapped patch generator, at seconds per property
    @Property(edgeCases = EdgeCasesMode.NONE)
    void over_any_series_of_patches_the_version_only_rises(
            @ForAll("recordsWithPatchSeries") Tuple.Tuple2<CallRecord, List<Tuple.Tuple2<VersionedPatch, Instant>>> given) {
        CallRecord current = given.get1();
        for (Tuple.Tuple2<VersionedPatch, Instant> step : given.get2()) {
            CallRecord before = current;
            try {
                current = before.update(step.get1().patch(), step.get2());
            } catch (ConflictException | InvalidInputException refused) {
                // refused: a stale version, or a resent lastModifiedDateTime that is no longer the stored one
                continue;
            }
            if (current == before) {
                continue;
            }
            assertThat(current.version()).isGreaterThan(before.version());
            assertThat(current.lastModifiedDateTime()).isAfterOrEqualTo(before.lastModifiedDateTime());
        }
    }

    /** Whether applying the patch's properties (all but the version) gives a different record. */
    private static boolean changesSomething(CallRecord stored, CallRecordPatch patch) {
        return changes(patch.type(), stored.type())
                || changes(patch.modalities(), stored.modalities())
                || changes(patch.joinWebUrl(), stored.joinWebUrl())
                || changes(patch.organizer(), stored.organizer());
    }

    private static <T> boolean changes(Patch<T> patch, T stored) {
        return !Objects.equals(patch.applyTo(stored), stored);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Provide
    Arbitrary<CallRecord> records() {
        return DomainArbitraries.callRecords();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<CallRecord, VersionedPatch>> recordsWithPatches() {
        return records().flatMap(stored -> patchesFor(stored).map(patch -> Tuple.of(stored, patch)));
    }

    /** A record and a series of patches written against it, so later steps meet both resends and changes. */
    @Provide
    Arbitrary<Tuple.Tuple2<CallRecord, List<Tuple.Tuple2<VersionedPatch, Instant>>>> recordsWithPatchSeries() {
        return records().flatMap(first -> Combinators.combine(patchesFor(first), DomainArbitraries.instants())
                .as(Tuple::of).list().ofMaxSize(8).map(series -> Tuple.of(first, series)));
    }

    /** A patch of {@code stored}: a version sent or not, and each writable property left out, resent or changed. */
    static Arbitrary<VersionedPatch> patchesFor(CallRecord stored) {
        Arbitrary<Tuple.Tuple2<VersionSent, Patch<Long>>> versions = Arbitraries.of(VersionSent.class)
                .filter(sent -> sent != VersionSent.LOWER || stored.version() > 1)
                .flatMap(sent -> versionOf(sent, stored.version()).map(version -> Tuple.of(sent, version)));
        Arbitrary<CallRecordPatch> body = Builders.withBuilder(CallRecordPatch::empty)
                .use(resentOrChanged(stored.type(), Arbitraries.of(CallType.class))).in(CallRecordPatch::withType)
                .use(resentOrChanged(stored.modalities(), DomainArbitraries.callRecordModalities()))
                .in(CallRecordPatch::withModalities)
                .use(DomainArbitraries.patchesOf(stored.joinWebUrl(), DomainArbitraries.joinWebUrls()))
                .in(CallRecordPatch::withJoinWebUrl)
                .use(DomainArbitraries.patchesOf(stored.organizer(), DomainArbitraries.identitySets()))
                .in(CallRecordPatch::withOrganizer)
                .use(Arbitraries.of(false, true)).in((patch, resendId) -> resendId
                        ? patch.withId(Patch.of(stored.id().value())) : patch)
                .use(Arbitraries.of(false, true)).in((patch, resendModified) -> resendModified
                        ? patch.withLastModifiedDateTime(Patch.of(stored.lastModifiedDateTime())) : patch)
                .build();
        return Combinators.combine(versions, body)
                .as((version, patch) -> new VersionedPatch(version.get1(), patch.withVersion(version.get2())));
    }

    private static Arbitrary<Patch<Long>> versionOf(VersionSent sent, long stored) {
        return switch (sent) {
            case NONE -> Arbitraries.just(Patch.absent());
            case STORED -> Arbitraries.just(Patch.of(stored));
            case LOWER -> Arbitraries.longs().between(-5, stored - 1).map(Patch::of);
            case HIGHER -> Arbitraries.longs().between(stored + 1, stored + 1_000).map(Patch::of);
        };
    }

    /** Required properties cannot be cleared: left out, resent, or changed. */
    private static <T> Arbitrary<Patch<T>> resentOrChanged(T stored, Arbitrary<T> others) {
        return DomainArbitraries.patchesOf(stored, others).filter(patch -> !(patch instanceof Patch.Cleared));
    }
}
