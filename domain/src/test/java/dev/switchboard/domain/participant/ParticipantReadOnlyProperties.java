package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import dev.switchboard.domain.testing.ParticipantPatchBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dev.switchboard.domain.testing.ParticipantPatchBuilder.aParticipantPatch;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Read-only participant properties never change through PATCH (API notes §3, §3.1): a client may resend what is
 * stored, and anything else is refused naming the property. Writable are {@code metadata}, {@code isMuted},
 * {@code isInLobby} and each stream's {@code serverMuted}.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class ParticipantReadOnlyProperties {

    private static final List<String> READ_ONLY = List.of("id", "info", "recordingInfo", "removedState", "rosterSequenceNumber");

    // no edge cases: jqwik would recompute them for each flatMapped patch generator, at seconds per property
    @Property(edgeCases = EdgeCasesMode.NONE)
    void an_update_changes_no_read_only_property_and_refuses_exactly_the_offending_paths(
            @ForAll("participantsWithPatches") Tuple.Tuple2<Participant, ParticipantPatch> given) {
        Participant stored = given.get1();
        ParticipantPatch patch = given.get2();
        Set<String> offending = offendingPaths(stored, patch);

        InvalidInputException refused = catchThrowableOfType(() -> stored.update(patch), InvalidInputException.class);

        Statistics.label("outcome").collect(refused == null ? "applied" : "refused");
        Statistics.label("outcome").coverage(checker -> {
            checker.check("applied").percentage(p -> p > 10);
            checker.check("refused").percentage(p -> p > 10);
        });
        if (!offending.isEmpty()) {
            assertThat(refused).as("refusal of %s", offending).isNotNull();
            assertThat(pathsOf(refused)).containsExactlyInAnyOrderElementsOf(offending);
            return;
        }
        assertThat(refused).as("no refusal expected").isNull();
        Participant updated = stored.update(patch);
        assertThat(updated.id()).isEqualTo(stored.id());
        assertThat(updated.info()).isEqualTo(stored.info());
        assertThat(updated.recordingInfo()).isEqualTo(stored.recordingInfo());
        assertThat(updated.removedState()).isEqualTo(stored.removedState());
        assertThat(updated.rosterSequenceNumber()).isEqualTo(stored.rosterSequenceNumber());
        assertThat(updated.joinedDateTime()).isEqualTo(stored.joinedDateTime());
        assertThat(updated.leftDateTime()).isEqualTo(stored.leftDateTime());
        assertThat(updated.version()).isEqualTo(stored.version());
        assertThat(updated.mediaStreams()).hasSameSizeAs(stored.mediaStreams());
        for (int i = 0; i < stored.mediaStreams().size(); i++) {
            boolean muted = updated.mediaStreams().get(i).serverMuted();
            assertThat(updated.mediaStreams().get(i)).isEqualTo(stored.mediaStreams().get(i).withServerMuted(muted));
        }
    }

    // no edge cases: jqwik would recompute them for each flatMapped patch generator, at seconds per property
    @Property(edgeCases = EdgeCasesMode.NONE)
    void a_different_read_only_value_is_refused_naming_its_path(
            @ForAll("participantsWithOneReadOnlyChange") Tuple.Tuple3<Participant, String, ParticipantPatch> given) {
        Participant stored = given.get1();
        String path = given.get2();

        InvalidInputException refused = catchThrowableOfType(() -> stored.update(given.get3()), InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly(path);
        assertThat(refused.getMessage()).isEqualTo(path + ": is read-only and cannot be changed");
    }

    @Property
    void resending_the_stored_values_returns_the_very_same_participant(
            @ForAll("participants") Participant stored, @ForAll boolean withoutParticipantId) {
        ParticipantPatchBuilder resend = ParticipantPatchBuilder.resending(stored);
        if (withoutParticipantId) {
            resend.withInfo(Patch.of(stored.info().withParticipantId(null)));
        }

        assertThat(stored.update(resend.build())).isSameAs(stored);
        assertThat(stored.update(ParticipantPatch.empty())).isSameAs(stored);
    }

    /** The paths a patch gets refused for: the specification of §3.1, written out. */
    static Set<String> offendingPaths(Participant stored, ParticipantPatch patch) {
        Set<String> paths = new LinkedHashSet<>();
        if (differs(patch.id(), stored.id().value())) {
            paths.add("id");
        }
        Patch<ParticipantInfo> info = patch.info().map(sent -> sent.participantId() == null
                ? sent.withParticipantId(stored.info().participantId()) : sent);
        if (differs(info, stored.info())) {
            paths.add("info");
        }
        if (differs(patch.recordingInfo(), stored.recordingInfo())) {
            paths.add("recordingInfo");
        }
        if (differs(patch.removedState(), stored.removedState())) {
            paths.add("removedState");
        }
        if (differs(patch.rosterSequenceNumber(), stored.rosterSequenceNumber())) {
            paths.add("rosterSequenceNumber");
        }
        if (patch.isMuted() instanceof Patch.Cleared) {
            paths.add("isMuted");
        }
        if (patch.isInLobby() instanceof Patch.Cleared) {
            paths.add("isInLobby");
        }
        if (!patch.mediaStreams().isAbsent()) {
            List<MediaStream> sent = patch.mediaStreams().applyTo(stored.mediaStreams());
            if (sent == null || sent.size() != stored.mediaStreams().size()) {
                paths.add("mediaStreams");
            } else {
                for (int i = 0; i < sent.size(); i++) {
                    MediaStream was = stored.mediaStreams().get(i);
                    if (!sent.get(i).withServerMuted(was.serverMuted()).equals(was)) {
                        paths.add("mediaStreams[" + i + "]");
                    }
                }
            }
        }
        return paths;
    }

    private static <T> boolean differs(Patch<T> patch, T stored) {
        return !patch.isAbsent() && !Objects.equals(patch.applyTo(stored), stored);
    }

    @Provide
    Arbitrary<Participant> participants() {
        return DomainArbitraries.participants();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Participant, ParticipantPatch>> participantsWithPatches() {
        return participants().flatMap(stored ->
                DomainArbitraries.participantPatchesFor(stored).map(patch -> Tuple.of(stored, patch)));
    }

    /** A participant, one read-only path, and a patch that sends a different value there and nothing else. */
    @Provide
    Arbitrary<Tuple.Tuple3<Participant, String, ParticipantPatch>> participantsWithOneReadOnlyChange() {
        return participants().flatMap(stored -> Arbitraries.of(READ_ONLY).flatMap(path -> differentAt(stored, path)
                .map(patch -> Tuple.of(stored, path, patch))));
    }

    private static Arbitrary<ParticipantPatch> differentAt(Participant stored, String path) {
        return switch (path) {
            case "id" -> DomainArbitraries.participantIds().filter(id -> !id.equals(stored.id().value()))
                    .map(id -> aParticipantPatch().withId(Patch.of(id)).build());
            case "info" -> DomainArbitraries.participantInfos()
                    .map(info -> info.withParticipantId(stored.info().participantId()))
                    .filter(info -> !info.equals(stored.info()))
                    .map(info -> aParticipantPatch().withInfo(Patch.of(info)).build());
            case "recordingInfo" -> DomainArbitraries.recordingInfos().injectNull(0.2)
                    .filter(recording -> !Objects.equals(recording, stored.recordingInfo()))
                    .map(recording -> aParticipantPatch().withRecordingInfo(Patch.ofNullable(recording)).build());
            case "removedState" -> DomainArbitraries.names()
                    .map(reason -> aParticipantPatch().withRemovedState(Patch.of(new RemovedState(reason))).build());
            case "rosterSequenceNumber" -> Arbitraries.longs().between(0, 2_000)
                    .filter(number -> number != stored.rosterSequenceNumber())
                    .map(number -> aParticipantPatch().withRosterSequenceNumber(Patch.of(number)).build());
            default -> throw new IllegalArgumentException(path);
        };
    }
}
