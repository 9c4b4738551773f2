package dev.switchboard.domain.common;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RemovedState;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static dev.switchboard.domain.testing.CallBuilder.aCall;
import static dev.switchboard.domain.testing.CallRecordBuilder.aNewCallRecord;
import static dev.switchboard.domain.testing.OperationBuilder.anOperation;
import static dev.switchboard.domain.testing.ParticipantBuilder.aParticipant;
import static dev.switchboard.domain.testing.SessionBuilder.aSegment;
import static dev.switchboard.domain.testing.SessionBuilder.aSession;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored instant is kept to the microsecond (what PostgreSQL stores), so that what is written is what is read
 * back, whichever aggregate stores it and however finely the client sent it.
 */
class TimestampsProperties {

    @Property
    void micros_truncates_to_the_microsecond_below(@ForAll("instants") Instant instant) {
        Instant stored = Timestamps.micros(instant);

        assertThat(stored.getNano() % 1_000).isZero();
        assertThat(stored).isBeforeOrEqualTo(instant);
        assertThat(Duration.between(stored, instant)).isLessThan(Duration.ofNanos(1_000));
        assertThat(Timestamps.micros(stored)).isEqualTo(stored);
    }

    @Property
    void every_aggregate_stores_its_instants_to_the_microsecond(@ForAll("instants") Instant t, @ForAll("gaps") Duration gap) {
        Instant later = t.plus(gap);

        Call call = aCall().placedAt(t).build().keepAlive(later);
        Call ended = call.hangUp(later);
        CommsOperation operation = anOperation().createdAt(t).lastModifiedAt(t).build().complete(later);
        Participant participant = aParticipant().joinedAt(t).build().remove(new RemovedState("left"), later);
        NewCallRecord spec = aNewCallRecord().between(t, later).buildNew();
        CallRecord record = CallRecord.create(TENANT, CallRecordId.of("r-1"), spec, later);
        CallRecord fromCall = CallRecord.ofEndedCall(ended, List.of(participant), later);
        Session session = aSession().between(t, later).build();
        Segment segment = aSegment().between(t, later).buildSegment();

        Stream.of(call.createdDateTime(), call.lastKeepAliveDateTime(), ended.endedDateTime(),
                        operation.createdDateTime(), operation.lastModifiedDateTime(),
                        participant.joinedDateTime(), participant.leftDateTime(),
                        spec.startDateTime(), spec.endDateTime(),
                        record.startDateTime(), record.endDateTime(), record.lastModifiedDateTime(), record.storedDateTime(),
                        fromCall.startDateTime(), fromCall.endDateTime(), fromCall.sessions().get(0).endDateTime(),
                        session.startDateTime(), session.endDateTime(), segment.startDateTime(), segment.endDateTime())
                .forEach(stored -> assertThat(stored.getNano() % 1_000).as("%s", stored).isZero());
        assertThat(call.createdDateTime()).isEqualTo(Timestamps.micros(t));
        assertThat(ended.endedDateTime()).isEqualTo(Timestamps.micros(later));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> gaps() {
        return DomainArbitraries.forwardGaps();
    }
}
