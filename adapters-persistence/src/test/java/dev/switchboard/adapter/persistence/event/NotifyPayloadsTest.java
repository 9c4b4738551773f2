package dev.switchboard.adapter.persistence.event;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events cut into payloads PostgreSQL accepts, and put together again whatever the order of their parts. */
class NotifyPayloadsTest {

    /** PostgreSQL refuses a NOTIFY payload of this many bytes or more. */
    private static final int POSTGRES_LIMIT = 8000;

    private final NotifyPayloads.Assembly assembly = new NotifyPayloads.Assembly();

    @Test
    void a_small_event_is_one_payload_and_whole_at_once() {
        List<String> payloads = NotifyPayloads.split("e1", "{\"type\":\"x\"}");

        assertThat(payloads).containsExactly("e1:0:1:{\"type\":\"x\"}");
        assertThat(assembly.add(payloads.get(0))).contains("{\"type\":\"x\"}");
        assertThat(assembly.waiting()).isZero();
    }

    @Test
    void a_big_event_is_cut_into_payloads_under_the_limit_and_whole_after_its_last_part() {
        String text = "x".repeat(NotifyPayloads.PART_LENGTH * 2 + 17);

        List<String> payloads = NotifyPayloads.split("0f3c7d4e-1111-4222-8333-444455556666", text);

        assertThat(payloads).hasSize(3);
        assertThat(payloads).allMatch(p -> p.getBytes(StandardCharsets.UTF_8).length < POSTGRES_LIMIT);
        assertThat(assembly.add(payloads.get(0))).isEmpty();
        assertThat(assembly.add(payloads.get(1))).isEmpty();
        assertThat(assembly.add(payloads.get(2))).contains(text);
        assertThat(assembly.waiting()).isZero();
    }

    @Test
    void parts_of_several_events_may_interleave_and_come_in_any_order() {
        String first = "a".repeat(NotifyPayloads.PART_LENGTH * 3);
        String second = "b".repeat(NotifyPayloads.PART_LENGTH + 1);
        List<String> payloads = new ArrayList<>(NotifyPayloads.split("first", first));
        payloads.addAll(NotifyPayloads.split("second", second));
        Collections.reverse(payloads);

        List<String> whole = new ArrayList<>();
        payloads.forEach(payload -> assembly.add(payload).ifPresent(whole::add));

        assertThat(whole).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void the_text_keeps_every_character_including_the_separator() {
        String text = "a:b:c::" + "d".repeat(NotifyPayloads.PART_LENGTH);

        List<String> payloads = NotifyPayloads.split("e", text);

        Optional<String> whole = Optional.empty();
        for (String payload : payloads) {
            whole = assembly.add(payload);
        }
        assertThat(whole).contains(text);
    }

    @Test
    void clearing_forgets_events_whose_parts_are_missing() {
        List<String> payloads = NotifyPayloads.split("e", "x".repeat(NotifyPayloads.PART_LENGTH + 1));
        assembly.add(payloads.get(0));
        assertThat(assembly.waiting()).isOne();

        assembly.clear();

        assertThat(assembly.waiting()).isZero();
        assertThat(assembly.add(payloads.get(1))).isEmpty();
    }

    @Test
    void payloads_that_split_did_not_make_are_refused() {
        for (String foreign : List.of("", "hello", "e:x:1:text", "e:0:0:text", "e:1:1:text", "e:-1:2:text",
                ":0:1:text", "e:0:2147483647:text")) {
            assertThatThrownBy(() -> assembly.add(foreign)).as(foreign).isInstanceOf(IllegalArgumentException.class);
        }
        assembly.add("e:0:2:half");
        assertThatThrownBy(() -> assembly.add("e:1:3:other")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_event_id_must_not_hold_the_separator() {
        assertThatThrownBy(() -> NotifyPayloads.split("a:b", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotifyPayloads.split("", "text")).isInstanceOf(IllegalArgumentException.class);
    }
}
