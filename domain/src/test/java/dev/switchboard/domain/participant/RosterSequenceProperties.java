package dev.switchboard.domain.participant;

import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A participant's {@code rosterSequenceNumber} is the roster version of its last change: it only rises. */
class RosterSequenceProperties {

    @Property
    void stamping_with_a_higher_number_changes_nothing_else(
            @ForAll("participants") Participant participant, @ForAll("numbers") long next) {
        if (next <= participant.rosterSequenceNumber()) {
            assertThatThrownBy(() -> participant.stamped(next)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Participant stamped = participant.stamped(next);

        assertThat(stamped.rosterSequenceNumber()).isEqualTo(next);
        assertThat(stamped).usingRecursiveComparison().ignoringFields("rosterSequenceNumber").isEqualTo(participant);
    }

    @Property
    void over_any_series_of_stamps_the_number_only_rises(
            @ForAll("participants") Participant first, @ForAll("series") List<Long> series) {
        Participant current = first;
        long highest = first.rosterSequenceNumber();
        for (long next : series) {
            if (next > current.rosterSequenceNumber()) {
                current = current.stamped(next);
                highest = next;
            } else {
                Participant before = current;
                assertThatThrownBy(() -> before.stamped(next)).isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(current.rosterSequenceNumber()).isEqualTo(highest);
        }
    }

    @Provide
    Arbitrary<Participant> participants() {
        return DomainArbitraries.participantsPresentOrLeft();
    }

    @Provide
    Arbitrary<Long> numbers() {
        return Arbitraries.longs().between(0, 2_000);
    }

    @Provide
    Arbitrary<List<Long>> series() {
        return numbers().list().ofMaxSize(10);
    }
}
