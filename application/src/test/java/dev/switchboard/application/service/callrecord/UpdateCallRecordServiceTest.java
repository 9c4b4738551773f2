package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.PreconditionFailedException;
import dev.switchboard.domain.event.CallRecordUpdated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aNewCallRecord;
import static dev.switchboard.application.service.ServiceTestSupport.aSession;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing a call record ({@code PATCH /communications/callRecords/{id}}, seed; our admin path). Each change raises
 * {@code version}: by one, or to the higher version the patch names.
 */
class UpdateCallRecordServiceTest {

    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");
    private static final CallRecordPatch TO_PEER_TO_PEER = CallRecordPatch.empty().withType(Patch.of(CallType.PEER_TO_PEER));

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    private CallRecord record;

    @BeforeEach
    void givenAStoredGroupCallRecord() {
        record = given.aCallRecord(aNewCallRecord(START, aSession("s1", START)));
        given.events().clear();
    }

    @Test
    void a_change_without_a_version_raises_the_version_by_one_and_stamps_the_time() {
        Instant now = given.clock().advance(Duration.ofMinutes(3));

        CallRecord updated = update(TO_PEER_TO_PEER);

        assertThat(updated.type()).isEqualTo(CallType.PEER_TO_PEER);
        assertThat(updated.version()).isEqualTo(record.version() + 1);
        assertThat(updated.lastModifiedDateTime()).isEqualTo(now);
        assertThat(updated.storedDateTime()).isEqualTo(record.storedDateTime());
        assertThat(updated.sessions()).isEqualTo(record.sessions());
        assertThat(read()).isEqualTo(updated);
    }

    @Test
    void a_change_is_announced() {
        CallRecord updated = update(CallRecordPatch.empty()
                .withModalities(Patch.of(List.of(CallRecordModality.AUDIO, CallRecordModality.VIDEO))));

        assertThat(given.events().published()).containsExactly(new CallRecordUpdated(updated));
    }

    @Test
    void a_higher_version_in_the_patch_becomes_the_new_version() {
        CallRecord updated = update(TO_PEER_TO_PEER.withVersion(Patch.of(42L)));

        assertThat(updated.version()).isEqualTo(42);
        assertThat(read().version()).isEqualTo(42);
    }

    @Test
    void a_version_that_is_not_higher_is_a_conflict_and_nothing_changes() {
        update(TO_PEER_TO_PEER.withVersion(Patch.of(5L)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(CallRecordPatch.empty().withType(Patch.of(CallType.GROUP_CALL))
                .withVersion(Patch.of(5L))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> update(CallRecordPatch.empty().withType(Patch.of(CallType.GROUP_CALL))
                .withVersion(Patch.of(3L))))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void an_end_before_the_start_is_refused_and_nothing_changes() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(CallRecordPatch.empty().withEndDateTime(Patch.of(START.minusSeconds(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("endDateTime"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void read_only_and_required_properties_are_refused_naming_each() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(CallRecordPatch.empty()
                .withId(Patch.of("another-id"))
                .withLastModifiedDateTime(Patch.of(START))
                .withType(Patch.cleared())))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("id", "lastModifiedDateTime", "type"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_patch_that_changes_nothing_keeps_the_version_and_announces_nothing() {
        given.clock().advance(Duration.ofMinutes(3));
        StoreContents before = given.contents();

        CallRecord afterEmpty = update(CallRecordPatch.empty());
        CallRecord afterResend = update(CallRecordPatch.empty()
                .withId(Patch.of(record.id().value()))
                .withType(Patch.of(record.type()))
                .withStartDateTime(Patch.of(record.startDateTime()))
                .withEndDateTime(Patch.of(record.endDateTime()))
                .withLastModifiedDateTime(Patch.of(record.lastModifiedDateTime()))
                .withVersion(Patch.of(record.version())));

        assertThat(afterEmpty).isEqualTo(record);
        assertThat(afterResend).isEqualTo(record);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_fails_the_precondition_and_nothing_changes() {
        CallRecord updated = update(TO_PEER_TO_PEER);
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(CallRecordPatch.empty().withType(Patch.of(CallType.GROUP_CALL)),
                ExpectedVersion.exactly(record.version())))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(given.contents()).isEqualTo(before);
        assertThat(update(CallRecordPatch.empty().withType(Patch.of(CallType.GROUP_CALL)),
                ExpectedVersion.exactly(updated.version())).type()).isEqualTo(CallType.GROUP_CALL);
    }

    @Test
    void a_failed_precondition_comes_before_a_version_conflict() {
        assertThatThrownBy(() -> update(TO_PEER_TO_PEER.withVersion(Patch.of(1L)),
                ExpectedVersion.exactly(record.version() + 9)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void nobody_changes_a_record_they_cannot_see() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.updateCallRecord().update(new UpdateCallRecordCommand(OTHER_TENANT, record.id(),
                TO_PEER_TO_PEER, ExpectedVersion.none())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.updateCallRecord().update(new UpdateCallRecordCommand(TENANT,
                CallRecordId.of("no-such-record"), TO_PEER_TO_PEER, ExpectedVersion.none())))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_record_past_retention_cannot_be_changed() {
        given.clock().advance(Duration.ofDays(31));

        assertThatThrownBy(() -> update(TO_PEER_TO_PEER)).isInstanceOf(NotFoundException.class);
    }

    private CallRecord update(CallRecordPatch patch) {
        return update(patch, ExpectedVersion.none());
    }

    private CallRecord update(CallRecordPatch patch, ExpectedVersion expected) {
        return core.updateCallRecord().update(new UpdateCallRecordCommand(TENANT, record.id(), patch, expected));
    }

    private CallRecord read() {
        return core.callRecordQueries().get(new GetCallRecordQuery(TENANT, record.id()));
    }
}
