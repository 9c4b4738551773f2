package dev.switchboard.adapter.persistence.event;

import dev.switchboard.adapter.persistence.testing.AggregateArbitraries;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallRecordUpdated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.event.ParticipantUpdated;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of event, carrying any aggregate the domain allows (nulls, blanks, deep identities, text far outside
 * ASCII), arrives from its JSON form equal to what was published, and that form is ASCII only.
 */
class CallEventJsonProperties {

    @Property(tries = 200)
    void an_event_reads_back_equal_to_what_was_written(@ForAll("events") CallEvent event) {
        String text = CallEventJson.write(event);

        CallEvent read = CallEventJson.read(text);

        assertThat(read).usingRecursiveComparison().isEqualTo(event);
        assertThat(read).isEqualTo(event);
    }

    @Property(tries = 200)
    void the_text_is_ascii_so_its_length_is_its_size_in_bytes(@ForAll("events") CallEvent event) {
        assertThat(CallEventJson.write(event).chars()).allMatch(c -> c < 0x80);
    }

    @Example
    void text_that_is_not_an_event_is_refused() {
        assertThatThrownBy(() -> CallEventJson.read("{\"type\": \"somethingElse\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallEventJson.read("not json")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> CallEventJson.read("{\"type\": \"callStateChanged\"}"))
                .isInstanceOf(RuntimeException.class);
    }

    @Provide
    Arbitrary<CallEvent> events() {
        return Arbitraries.oneOf(
                AggregateArbitraries.calls().map(CallStateChanged::new),
                AggregateArbitraries.participants().map(ParticipantJoined::new),
                AggregateArbitraries.participants().map(ParticipantUpdated::new),
                AggregateArbitraries.participants().map(ParticipantLeft::new),
                AggregateArbitraries.operations().map(OperationProgressed::new),
                AggregateArbitraries.callRecords().map(CallRecordCreated::new),
                AggregateArbitraries.callRecords().map(CallRecordUpdated::new));
    }
}
