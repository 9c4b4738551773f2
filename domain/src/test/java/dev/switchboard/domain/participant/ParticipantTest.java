package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.EndpointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.switchboard.domain.testing.ParticipantBuilder.aParticipant;
import static dev.switchboard.domain.testing.ParticipantPatchBuilder.aParticipantPatch;
import static dev.switchboard.domain.testing.ParticipantPatchBuilder.resending;
import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.aUser;
import static dev.switchboard.domain.testing.TestData.minutesAfterT0;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParticipantTest {

    private static final MediaStream AUDIO = new MediaStream(Modality.AUDIO, MediaDirection.SEND_RECEIVE, "1", false, "main-audio");
    private static final MediaStream VIDEO = new MediaStream(Modality.VIDEO, MediaDirection.SEND_ONLY, "2", false, "camera");

    @Nested
    class Joining {

        @Test
        void a_participant_added_directly_gets_its_id_into_its_info() {
            // given the seed's POST …/participants body
            NewParticipant spec = new NewParticipant(ParticipantInfo.of(aUser("heidi")), "metadata-value", true, false,
                    List.of(AUDIO), null);

            // when the service adds it
            Participant heidi = Participant.join(TENANT, CALL_ID, ParticipantId.of("p-heidi"), spec, 7, T0);

            // then
            assertThat(heidi.info().participantId()).isEqualTo("p-heidi");
            assertThat(heidi.info().identity()).isEqualTo(aUser("heidi"));
            assertThat(heidi.isMuted()).isTrue();
            assertThat(heidi.metadata()).isEqualTo("metadata-value");
            assertThat(heidi.mediaStreams()).containsExactly(AUDIO);
            assertThat(heidi.rosterSequenceNumber()).isEqualTo(7);
            assertThat(heidi.joinedDateTime()).isEqualTo(T0);
            assertThat(heidi.isPresent()).isTrue();
            assertThat(heidi.identityId()).isEqualTo("heidi");
        }

        @Test
        void an_invitee_joins_unmuted_out_of_the_lobby_with_one_audio_stream_and_nothing_recorded() {
            InvitationParticipantInfo bob = new InvitationParticipantInfo(aUser("bob"), null, null, null, null,
                    EndpointType.SKYPE_FOR_BUSINESS, null);

            Participant joined = Participant.fromInvitation(TENANT, CALL_ID, ParticipantId.of("p-bob"), bob, 3, T0);

            assertThat(joined.info()).isEqualTo(new ParticipantInfo(aUser("bob"), EndpointType.SKYPE_FOR_BUSINESS,
                    null, null, null, "p-bob"));
            assertThat(joined.isMuted()).isFalse();
            assertThat(joined.isInLobby()).isFalse();
            assertThat(joined.mediaStreams()).containsExactly(MediaStream.defaultAudio("3"));
            assertThat(joined.recordingInfo()).isEqualTo(RecordingInfo.notRecording());
            assertThat(joined.rosterSequenceNumber()).isEqualTo(3);
        }

        @Test
        void a_participant_needs_an_identity() {
            assertThatThrownBy(() -> new NewParticipant(new ParticipantInfo(null, null, null, null, null, null), null,
                    false, false, null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("info.identity: is required");
        }
    }

    @Nested
    class Updating {

        @Test
        void seed_000_resending_the_stored_info_without_its_participant_id_is_accepted_as_no_change() {
            // given a participant whose stored info carries the service's participantId
            Participant stored = aParticipant().withId("p-alice").build();
            ParticipantInfo asTheClientSendsIt = stored.info().withParticipantId(null);

            // when the client resends the info without it
            Participant updated = stored.update(aParticipantPatch().withInfo(Patch.of(asTheClientSendsIt)).build());

            // then nothing changed
            assertThat(updated).isSameAs(stored);
        }

        @Test
        void resending_every_stored_value_returns_the_same_participant() {
            Participant stored = aParticipant().withMetadata("blob").build();

            assertThat(stored.update(resending(stored).build())).isSameAs(stored);
        }

        @Test
        void an_empty_patch_returns_the_same_participant() {
            Participant stored = aParticipant().build();

            assertThat(stored.update(ParticipantPatch.empty())).isSameAs(stored);
        }

        @Test
        void writable_properties_change_and_read_only_ones_stay() {
            Participant stored = aParticipant().build();

            Participant updated = stored.update(ParticipantPatch.empty()
                    .withMetadata(Patch.of("roster-blob"))
                    .withIsMuted(Patch.of(true))
                    .withIsInLobby(Patch.of(true)));

            assertThat(updated.metadata()).isEqualTo("roster-blob");
            assertThat(updated.isMuted()).isTrue();
            assertThat(updated.isInLobby()).isTrue();
            assertThat(updated).usingRecursiveComparison().ignoringFields("metadata", "isMuted", "isInLobby")
                    .isEqualTo(stored);
        }

        @Test
        void metadata_may_be_cleared_but_is_muted_may_not() {
            Participant stored = aParticipant().withMetadata("blob").build();

            assertThat(stored.update(ParticipantPatch.empty().withMetadata(Patch.cleared())).metadata()).isNull();
            assertThatThrownBy(() -> stored.update(ParticipantPatch.empty().withIsMuted(Patch.cleared())))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("isMuted: must not be null");
        }

        @Test
        void another_participant_id_in_the_info_is_refused() {
            Participant stored = aParticipant().withId("p-alice").build();

            InvalidInputException refused = catchThrowableOfType(() -> stored.update(aParticipantPatch()
                    .withInfo(Patch.of(stored.info().withParticipantId("p-mallory"))).build()), InvalidInputException.class);

            assertThat(refused.getMessage()).isEqualTo("info: is read-only and cannot be changed");
        }

        @Test
        void every_changed_read_only_property_is_named_in_one_refusal() {
            Participant stored = aParticipant().withId("p-alice").withRosterSequenceNumber(4).build();

            InvalidInputException refused = catchThrowableOfType(() -> stored.update(aParticipantPatch()
                    .withId(Patch.of("p-other"))
                    .withRecordingInfo(Patch.of(new RecordingInfo(RecordingStatus.RECORDING, aUser("eve"), null)))
                    .withRosterSequenceNumber(Patch.of(5L))
                    .withIsMuted(Patch.of(true))
                    .build()), InvalidInputException.class);

            assertThat(refused.getMessage()).isEqualTo("id: is read-only and cannot be changed; "
                    + "recordingInfo: is read-only and cannot be changed; "
                    + "rosterSequenceNumber: is read-only and cannot be changed");
        }

        @Test
        void a_client_cannot_remove_a_participant_by_patching_its_removed_state() {
            Participant stored = aParticipant().build();

            assertThatThrownBy(() -> stored.update(aParticipantPatch()
                    .withRemovedState(Patch.of(new RemovedState("kicked"))).build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("removedState: is read-only and cannot be changed");
        }

        @Test
        void a_participant_that_has_left_accepts_no_update() {
            Participant gone = aParticipant().removed("left", minutesAfterT0(2)).build();

            assertThatThrownBy(() -> gone.update(ParticipantPatch.empty().withIsMuted(Patch.of(true))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Participant p-alice has left the call.");
        }
    }

    @Nested
    class MediaStreams {

        @Test
        void server_muted_may_change() {
            Participant stored = aParticipant().withMediaStreams(AUDIO, VIDEO).build();

            Participant updated = stored.update(ParticipantPatch.empty()
                    .withMediaStreams(Patch.of(List.of(AUDIO.withServerMuted(true), VIDEO))));

            assertThat(updated.mediaStreams()).containsExactly(AUDIO.withServerMuted(true), VIDEO);
        }

        @Test
        void any_other_change_to_a_stream_is_refused_naming_the_stream() {
            Participant stored = aParticipant().withMediaStreams(AUDIO, VIDEO).build();
            MediaStream relabelled = new MediaStream(Modality.VIDEO, MediaDirection.SEND_ONLY, "2", true, "screen");

            InvalidInputException refused = catchThrowableOfType(() -> stored.update(ParticipantPatch.empty()
                    .withMediaStreams(Patch.of(List.of(AUDIO, relabelled)))), InvalidInputException.class);

            assertThat(pathsOf(refused)).containsExactly("mediaStreams[1]");
            assertThat(refused.getMessage()).isEqualTo("mediaStreams[1]: only serverMuted may change");
        }

        @Test
        void streams_cannot_be_added_or_removed() {
            Participant stored = aParticipant().withMediaStreams(AUDIO, VIDEO).build();

            assertThatThrownBy(() -> stored.update(ParticipantPatch.empty().withMediaStreams(Patch.of(List.of(AUDIO)))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("mediaStreams: streams cannot be added or removed; only serverMuted may change");
            assertThatThrownBy(() -> stored.update(ParticipantPatch.empty().withMediaStreams(Patch.cleared())))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("mediaStreams: ");
        }
    }

    @Nested
    class MutingAndRemoving {

        @Test
        void muting_mutes_the_participant_and_its_audio_streams_only() {
            Participant stored = aParticipant().withMediaStreams(AUDIO, VIDEO).build();

            Participant muted = stored.mute();

            assertThat(muted.isMuted()).isTrue();
            assertThat(muted.mediaStreams()).containsExactly(AUDIO.withServerMuted(true), VIDEO);
        }

        @Test
        void removing_takes_the_participant_off_the_roster_and_keeps_when_it_left() {
            Participant stored = aParticipant().joinedAt(T0).build();

            Participant removed = stored.remove(new RemovedState("Removed by the application."), minutesAfterT0(4));

            assertThat(removed.isPresent()).isFalse();
            assertThat(removed.removedState()).isEqualTo(new RemovedState("Removed by the application."));
            assertThat(removed.leftDateTime()).isEqualTo(minutesAfterT0(4));
        }

        @Test
        void a_participant_never_leaves_before_it_joined_even_if_the_clock_goes_back() {
            Participant stored = aParticipant().joinedAt(minutesAfterT0(5)).build();

            Participant removed = stored.remove(new RemovedState("left"), minutesAfterT0(1));

            assertThat(removed.leftDateTime()).isEqualTo(minutesAfterT0(5));
        }

        @Test
        void a_participant_that_has_left_cannot_be_muted_or_removed_again() {
            Participant gone = aParticipant().removed("left", minutesAfterT0(2)).build();

            assertThatThrownBy(gone::mute).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> gone.remove(new RemovedState("again"), minutesAfterT0(3)))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void a_stored_participant_has_left_exactly_when_it_has_a_removed_state() {
            Participant stored = aParticipant().build();

            assertThatThrownBy(() -> new Participant(TENANT, CALL_ID, stored.id(), 0, stored.info(), null, false, false,
                    null, null, new RemovedState("left"), 1, T0, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Invitees {

        @Test
        void an_invitee_keeps_the_properties_the_model_does_not_name_and_compares_them_as_json_does() {
            // seed 002 sends region and languageId inside an invitee; the order of properties does not matter
            Map<String, DynamicValue> regionFirst = new LinkedHashMap<>();
            regionFirst.put("region", new DynamicValue.Text("amer"));
            regionFirst.put("languageId", new DynamicValue.Text("en-US"));
            Map<String, DynamicValue> languageFirst = new LinkedHashMap<>();
            languageFirst.put("languageId", new DynamicValue.Text("en-US"));
            languageFirst.put("region", new DynamicValue.Number(new BigDecimal("1.0")));
            languageFirst.put("region", new DynamicValue.Text("amer"));

            InvitationParticipantInfo sent = invitee(DynamicProperties.of(regionFirst));
            InvitationParticipantInfo resent = invitee(DynamicProperties.of(languageFirst));

            assertThat(sent.dynamic().values()).containsOnlyKeys("region", "languageId");
            assertThat(resent).isEqualTo(sent);
            assertThat(new DynamicValue.Number(new BigDecimal("1.0"))).isEqualTo(new DynamicValue.Number(BigDecimal.ONE));
        }

        private InvitationParticipantInfo invitee(DynamicProperties dynamic) {
            return new InvitationParticipantInfo(aUser("bob"), null, null, null, null, null, dynamic);
        }

        @Test
        void an_invitee_needs_an_identity() {
            assertThatThrownBy(() -> InvitationParticipantInfo.of(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("identity: is required");
        }
    }
}
