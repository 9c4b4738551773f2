package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.testing.fixtures.Concurrently;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SequentialIdGeneratorTest {

    private final SequentialIdGenerator ids = new SequentialIdGenerator();

    @Test
    void a_fresh_generator_counts_from_1_in_uuid_form() {
        assertThat(List.of(ids.newId(), ids.newId(), ids.newId())).containsExactly(
                "00000000-0000-4000-8000-000000000001",
                "00000000-0000-4000-8000-000000000002",
                "00000000-0000-4000-8000-000000000003");
        assertThat(ids.issued()).isEqualTo(3);
    }

    @Test
    void a_test_can_name_the_ids_it_will_get() {
        ids.newId();

        assertThat(ids.newId()).isEqualTo(SequentialIdGenerator.idOf(2));
    }

    @Test
    void ids_are_version_4_uuids() {
        UUID uuid = UUID.fromString(ids.newId());

        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void hexadecimal_digits_are_lower_case_as_in_canonical_uuids() {
        assertThat(SequentialIdGenerator.idOf(0xabcdefL)).isEqualTo("00000000-0000-4000-8000-000000abcdef");
    }

    @Test
    void numbers_outside_the_counter_s_range_have_no_id() {
        assertThatThrownBy(() -> SequentialIdGenerator.idOf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SequentialIdGenerator.idOf(1L << 48)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threads_drawing_at_once_never_get_the_same_id() {
        Set<String> seen = ConcurrentHashMap.newKeySet();

        Concurrently.run(8, thread -> {
            for (int i = 0; i < 1_000; i++) {
                assertThat(seen.add(ids.newId())).isTrue();
            }
        });

        assertThat(seen).hasSize(8_000);
        assertThat(ids.issued()).isEqualTo(8_000);
    }
}
