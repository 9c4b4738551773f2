package dev.switchboard.application.testing.inmemory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SequentialIdGeneratorProperties {

    private static final long LAST = (1L << 48) - 1;

    @Property
    void every_id_is_a_canonical_uuid_that_reads_back_as_itself(@ForAll @LongRange(min = 1, max = LAST) long n) {
        String id = SequentialIdGenerator.idOf(n);

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Property
    void ids_sort_in_the_order_they_are_handed_out(@ForAll @LongRange(min = 1, max = LAST) long a,
                                                   @ForAll @LongRange(min = 1, max = LAST) long b) {
        assertThat(Integer.signum(SequentialIdGenerator.idOf(a).compareTo(SequentialIdGenerator.idOf(b))))
                .isEqualTo(Long.signum(a - b));
    }
}
