package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.GraphEnums;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static dev.switchboard.domain.testing.CallBuilder.aCall;
import static dev.switchboard.domain.testing.CallRecordBuilder.aCallRecord;
import static dev.switchboard.domain.testing.CallRecordBuilder.aNewCallRecord;
import static dev.switchboard.domain.testing.NewCallBuilder.aNewCall;
import static dev.switchboard.domain.testing.ParticipantBuilder.aParticipant;
import static dev.switchboard.domain.testing.TestData.CALL_CHAIN_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.aUser;
import static dev.switchboard.domain.testing.TestData.minutesAfterT0;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallRecordTest {

    private static final CallRecordId RECORD_ID = CallRecordId.of("record-1");

    @Nested
    class Creating {

        @Test
        void a_created_record_starts_at_version_one_stored_now() {
            CallRecord record = CallRecord.create(TENANT, RECORD_ID, aNewCallRecord().buildNew(), minutesAfterT0(30));

            assertThat(record.version()).isEqualTo(1);
            assertThat(record.lastModifiedDateTime()).isEqualTo(minutesAfterT0(30));
            assertThat(record.storedDateTime()).isEqualTo(minutesAfterT0(30));
            assertThat(record.type()).isEqualTo(CallType.PEER_TO_PEER);
        }

        @Test
        void a_create_may_name_its_first_version() {
            CallRecord record = CallRecord.create(TENANT, RECORD_ID, aNewCallRecord().withVersion(7L).buildNew(), T0);

            assertThat(record.version()).isEqualTo(7);
        }

        @Test
        void seed_004_an_end_before_the_start_is_refused() {
            // the seed's own example: it ends two minutes before it starts
            Instant start = OffsetDateTime.parse("2017-01-01T00:03:15.6077862+03:00").toInstant();
            Instant end = OffsetDateTime.parse("2017-01-01T00:01:17.3856072+03:00").toInstant();

            InvalidInputException refused = catchThrowableOfType(
                    () -> aNewCallRecord().withVersion(7L).between(start, end).buildNew(), InvalidInputException.class);

            assertThat(refused.getMessage()).isEqualTo("endDateTime: must not be before startDateTime");
        }

        @Test
        void every_problem_of_a_new_record_is_named_at_once() {
            InvalidInputException refused = catchThrowableOfType(() -> aNewCallRecord().withVersion(0L).ofType(null)
                    .between(null, null).buildNew(), InvalidInputException.class);

            assertThat(pathsOf(refused)).containsExactly("version", "type", "startDateTime", "endDateTime");
        }

        @Test
        void times_with_an_offset_are_stored_in_utc_to_the_microsecond() {
            Instant start = OffsetDateTime.parse("2017-01-01T00:01:17.3856072+03:00").toInstant();

            NewCallRecord spec = aNewCallRecord().between(start, start.plusSeconds(60)).buildNew();

            assertThat(spec.startDateTime()).isEqualTo(Instant.parse("2016-12-31T21:01:17.385607Z"));
        }
    }

    @Nested
    class LeftByAnEndedCall {

        @Test
        void a_group_call_leaves_a_group_call_record_with_one_session_per_participant() {
            // given a group call with Alice (who left early) and Bob, hung up at minute 10
            Call ended = aCall().from(aNewCall().toAGroup().withRequestedModalities(Modality.AUDIO, Modality.VIDEO))
                    .build().hangUp(minutesAfterT0(10));
            Participant alice = aParticipant().withId("p-alice").joinedAt(minutesAfterT0(1))
                    .removed("left", minutesAfterT0(6)).build();
            Participant bob = aParticipant().withId("p-bob").withInfo(ParticipantInfo.of(aUser("bob")))
                    .joinedAt(minutesAfterT0(2)).build();

            // when its record is written
            CallRecord record = CallRecord.ofEndedCall(ended, List.of(alice, bob), minutesAfterT0(11));

            // then
            assertThat(record.id()).isEqualTo(CallRecordId.of(CALL_CHAIN_ID));
            assertThat(record.type()).isEqualTo(CallType.GROUP_CALL);
            assertThat(record.version()).isEqualTo(1);
            assertThat(record.modalities()).containsExactly(CallRecordModality.AUDIO, CallRecordModality.VIDEO);
            assertThat(record.startDateTime()).isEqualTo(minutesAfterT0(1));
            assertThat(record.endDateTime()).isEqualTo(minutesAfterT0(10));
            assertThat(record.sessions()).extracting(Session::id).containsExactly("p-alice", "p-bob");
            assertThat(record.sessions().get(0).startDateTime()).isEqualTo(minutesAfterT0(1));
            assertThat(record.sessions().get(0).endDateTime()).isEqualTo(minutesAfterT0(6));
            assertThat(record.sessions().get(1).endDateTime()).isEqualTo(minutesAfterT0(10));
            assertThat(record.sessions().get(1).segments()).singleElement()
                    .satisfies(segment -> assertThat(segment.startDateTime()).isEqualTo(minutesAfterT0(2)));
            assertThat(record.participantsV2()).extracting(CallRecordParticipant::id).containsExactly("alice", "bob");
            assertThat(record.organizerV2().id()).isEqualTo("bot-app");
        }

        @Test
        void a_peer_to_peer_call_leaves_a_peer_to_peer_record_with_audio_by_default() {
            Call ended = aCall().from(aNewCall().withRequestedModalities()).build().hangUp(minutesAfterT0(3));

            CallRecord record = CallRecord.ofEndedCall(ended, List.of(aParticipant().build()), minutesAfterT0(4));

            assertThat(record.type()).isEqualTo(CallType.PEER_TO_PEER);
            assertThat(record.modalities()).containsExactly(CallRecordModality.AUDIO);
        }

        @Test
        void a_peer_to_peer_call_that_grew_leaves_a_group_call_record() {
            Call ended = aCall().peerToPeer().established().build().admit(2, 1, true).hangUp(minutesAfterT0(3));

            assertThat(CallRecord.ofEndedCall(ended, List.of(), minutesAfterT0(4)).type()).isEqualTo(CallType.GROUP_CALL);
        }

        @Test
        void a_call_nobody_joined_spans_from_its_creation_to_its_end() {
            Call ended = aCall().placedAt(T0).build().hangUp(minutesAfterT0(1));

            CallRecord record = CallRecord.ofEndedCall(ended, List.of(), minutesAfterT0(2));

            assertThat(record.startDateTime()).isEqualTo(T0);
            assertThat(record.endDateTime()).isEqualTo(minutesAfterT0(1));
            assertThat(record.sessions()).isEmpty();
        }

        @Test
        void a_live_call_leaves_no_record() {
            Call live = aCall().established().build();

            assertThatThrownBy(() -> CallRecord.ofEndedCall(live, List.of(), T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AtTheHighestVersion {

        @Test
        void a_record_at_the_highest_version_refuses_further_changes_with_a_conflict() {
            CallRecord record = aCallRecord().withVersion(Long.MAX_VALUE).build();

            assertThatThrownBy(() -> record.update(CallRecordPatch.empty()
                    .withJoinWebUrl(Patch.of("https://example.com/other")), minutesAfterT0(5)))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Retention {

        @Test
        void a_record_with_2017_dates_stays_visible_for_30_days_from_when_it_was_stored() {
            CallRecord record = aCallRecord()
                    .between(Instant.parse("2017-01-01T00:00:00Z"), Instant.parse("2017-01-01T00:05:00Z"))
                    .storedAt(T0).lastModifiedAt(T0).build();

            assertThat(record.isVisibleAt(T0.plus(Duration.ofDays(30)), CallRecord.DEFAULT_RETENTION)).isTrue();
            assertThat(record.isVisibleAt(T0.plus(Duration.ofDays(30)).plusNanos(1_000), CallRecord.DEFAULT_RETENTION))
                    .isFalse();
        }
    }

    @Nested
    class Patching {

        private final CallRecord stored = aCallRecord().withVersion(3L).lastModifiedAt(minutesAfterT0(10)).build();

        @Test
        void a_change_without_a_version_raises_it_by_one_and_stamps_the_time() {
            CallRecord updated = stored.update(CallRecordPatch.empty()
                    .withJoinWebUrl(Patch.of("https://teams.example.com/l/meetup-join/1")), minutesAfterT0(20));

            assertThat(updated.version()).isEqualTo(4);
            assertThat(updated.lastModifiedDateTime()).isEqualTo(minutesAfterT0(20));
            assertThat(updated.joinWebUrl()).isEqualTo("https://teams.example.com/l/meetup-join/1");
            assertThat(updated.storedDateTime()).isEqualTo(stored.storedDateTime());
        }

        @Test
        void a_higher_version_becomes_the_new_one() {
            CallRecord updated = stored.update(CallRecordPatch.empty().withVersion(Patch.of(7L))
                    .withType(Patch.of(CallType.GROUP_CALL)), minutesAfterT0(20));

            assertThat(updated.version()).isEqualTo(7);
            assertThat(updated.type()).isEqualTo(CallType.GROUP_CALL);
        }

        @Test
        void a_change_that_names_the_stored_version_is_a_conflict() {
            assertThatThrownBy(() -> stored.update(CallRecordPatch.empty().withVersion(Patch.of(3L))
                    .withType(Patch.of(CallType.GROUP_CALL)), minutesAfterT0(20)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Call record chain-1 is at version 3; a change must name a higher version (or none).");
        }

        @Test
        void a_lower_version_is_a_conflict_even_without_another_change() {
            assertThatThrownBy(() -> stored.update(CallRecordPatch.empty().withVersion(Patch.of(2L)), minutesAfterT0(20)))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void a_patch_that_changes_nothing_returns_the_same_record() {
            CallRecordPatch resend = CallRecordPatch.empty()
                    .withId(Patch.of("chain-1"))
                    .withVersion(Patch.of(3L))
                    .withType(Patch.of(stored.type()))
                    .withModalities(Patch.of(stored.modalities()))
                    .withStartDateTime(Patch.of(stored.startDateTime()))
                    .withEndDateTime(Patch.of(stored.endDateTime()))
                    .withLastModifiedDateTime(Patch.of(stored.lastModifiedDateTime()))
                    .withOrganizer(Patch.of(stored.organizer()))
                    .withParticipants(Patch.of(stored.participants()));

            assertThat(stored.update(resend, minutesAfterT0(20))).isSameAs(stored);
            assertThat(stored.update(CallRecordPatch.empty(), minutesAfterT0(20))).isSameAs(stored);
        }

        @Test
        void id_and_last_modified_date_time_are_read_only() {
            InvalidInputException refused = catchThrowableOfType(() -> stored.update(CallRecordPatch.empty()
                    .withId(Patch.of("other"))
                    .withLastModifiedDateTime(Patch.of(T0)), minutesAfterT0(20)), InvalidInputException.class);

            assertThat(refused.getMessage()).isEqualTo("id: is read-only and cannot be changed; "
                    + "lastModifiedDateTime: is read-only and cannot be changed");
        }

        @Test
        void required_properties_cannot_be_cleared() {
            InvalidInputException refused = catchThrowableOfType(() -> stored.update(CallRecordPatch.empty()
                    .withVersion(Patch.cleared()).withType(Patch.cleared()).withModalities(Patch.cleared())
                    .withStartDateTime(Patch.cleared()).withEndDateTime(Patch.cleared()), T0), InvalidInputException.class);

            assertThat(pathsOf(refused)).containsExactly("version", "type", "modalities", "startDateTime", "endDateTime");
        }

        @Test
        void seed_004_a_patch_that_ends_the_call_before_it_starts_is_refused_and_nothing_changes() {
            Instant start = OffsetDateTime.parse("2017-01-01T00:03:15.6077862+03:00").toInstant();
            Instant end = OffsetDateTime.parse("2017-01-01T00:01:17.3856072+03:00").toInstant();
            CallRecord before = stored.withVersion(stored.version());

            assertThatThrownBy(() -> stored.update(CallRecordPatch.empty().withVersion(Patch.of(7L))
                    .withStartDateTime(Patch.of(start)).withEndDateTime(Patch.of(end)), minutesAfterT0(20)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("endDateTime: must not be before startDateTime");
            assertThat(stored).isEqualTo(before);
        }

        @Test
        void the_seed_unknown_modality_is_stored_as_unknown_future_value() {
            CallRecord updated = stored.update(CallRecordPatch.empty().withModalities(Patch.of(List.of(
                    GraphEnums.parse(CallRecordModality.class, "unknown")))), T0);

            assertThat(updated.modalities()).containsExactly(CallRecordModality.UNKNOWN_FUTURE_VALUE);
        }
    }

    @Nested
    class SessionsAndSegments {

        @Test
        void a_session_needs_an_id() {
            assertThatThrownBy(() -> new Session(" ", null, null, T0, T0, null, null, null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("id: is required");
        }

        @Test
        void a_segment_reports_a_missing_id_and_a_reversed_span_together() {
            InvalidInputException refused = catchThrowableOfType(
                    () -> new Segment(null, null, null, minutesAfterT0(2), minutesAfterT0(1), null, null),
                    InvalidInputException.class);

            assertThat(refused.getMessage()).isEqualTo("id: is required; endDateTime: must not be before startDateTime");
        }

        @Test
        void a_media_stream_needs_its_direction() {
            assertThatThrownBy(() -> new MediaStreamQuality(null, "stream-1", null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("streamDirection: is required");
        }
    }
}
