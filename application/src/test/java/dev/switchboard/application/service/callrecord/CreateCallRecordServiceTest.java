package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.CallRecords;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.event.CallRecordCreated;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aNewCallRecord;
import static dev.switchboard.application.service.ServiceTestSupport.aSession;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating a call record ({@code POST /communications/callRecords}, our seeding path). */
class CreateCallRecordServiceTest {

    private static final Instant IN_2017 = Instant.parse("2017-04-20T09:15:00Z");

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void a_record_is_stored_with_its_sessions_and_segments_at_version_1() {
        Instant now = given.clock().advance(Duration.ofMinutes(1));
        Session withMedia = CallRecords.aSessionWithMedia(IN_2017);
        Session failed = CallRecords.aFailedSession(IN_2017);
        NewCallRecord spec = aNewCallRecord(IN_2017, withMedia, failed);

        CallRecord created = core.createCallRecord().create(new CreateCallRecordCommand(TENANT, spec));

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.type()).isEqualTo(spec.type());
        assertThat(created.startDateTime()).isEqualTo(IN_2017);
        assertThat(created.endDateTime()).isEqualTo(spec.endDateTime());
        assertThat(created.sessions()).containsExactly(withMedia, failed);
        assertThat(created.participantsV2()).isEqualTo(spec.participantsV2());
        assertThat(created.lastModifiedDateTime()).isEqualTo(now);
        assertThat(created.storedDateTime()).isEqualTo(now);
        assertThat(core.callRecordQueries().get(new GetCallRecordQuery(TENANT, created.id()))).isEqualTo(created);
    }

    @Test
    void a_client_may_choose_the_first_version() {
        NewCallRecord spec = aNewCallRecord(IN_2017);
        NewCallRecord atVersion5 = new NewCallRecord(5L, spec.type(), spec.modalities(), spec.startDateTime(),
                spec.endDateTime(), spec.joinWebUrl(), spec.organizer(), spec.participants(), spec.organizerV2(),
                spec.participantsV2(), spec.sessions());

        assertThat(given.aCallRecord(atVersion5).version()).isEqualTo(5);
    }

    @Test
    void every_record_gets_an_id_of_its_own() {
        CallRecord first = given.aCallRecord(aNewCallRecord(IN_2017));
        CallRecord second = given.aCallRecord(aNewCallRecord(IN_2017));

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void a_new_record_is_announced() {
        CallRecord created = given.aCallRecord(aNewCallRecord(IN_2017, aSession("s1", IN_2017)));

        assertThat(given.events().published()).containsExactly(new CallRecordCreated(created));
    }

    @Test
    void a_record_that_ends_before_it_starts_is_refused_and_nothing_is_stored() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.createCallRecord().create(new CreateCallRecordCommand(TENANT,
                new NewCallRecord(null, null, List.of(), IN_2017, IN_2017.minusSeconds(1), null, null, null, null, null,
                        null))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("type", "endDateTime"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_session_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new Session("s1", null, null, IN_2017, IN_2017.minusMillis(1), List.of(), null, null,
                List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("endDateTime"));
    }

    @Test
    void a_version_below_1_is_refused() {
        NewCallRecord spec = aNewCallRecord(IN_2017);

        assertThatThrownBy(() -> new NewCallRecord(0L, spec.type(), spec.modalities(), spec.startDateTime(),
                spec.endDateTime(), null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("version"));
    }
}
