package dev.switchboard.adapter.rest.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.error.InvalidInputException;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CallRecordFilterParserTest {

    @Test
    void no_filter_accepts_every_record() {
        assertThat(CallRecordFilterParser.parse(Optional.empty())).isEqualTo(CallRecordFilter.none());
        assertThat(CallRecordFilterParser.parse(Optional.of("  "))).isEqualTo(CallRecordFilter.none());
    }

    @Test
    void start_bounds_and_a_participant_combine_with_and_in_any_casing_and_offset() {
        CallRecordFilter filter = CallRecordFilterParser.parse(
                "StartDateTime GE 2025-03-01T01:00:00+01:00 and (startDateTime lt 2025-04-01T00:00:00Z) "
                        + "AND participants_v2/any(x:x/id eq 'O''Brien')");

        assertThat(filter.startFrom()).contains(new CallRecordFilter.Bound(Instant.parse("2025-03-01T00:00:00Z"), true));
        assertThat(filter.startTo()).contains(new CallRecordFilter.Bound(Instant.parse("2025-04-01T00:00:00Z"), false));
        assertThat(filter.participantId()).contains("O'Brien");
    }

    @Test
    void of_two_bounds_on_one_side_the_stricter_holds() {
        CallRecordFilter filter = CallRecordFilterParser.parse("startDateTime ge 2025-03-01T00:00:00Z and "
                + "startDateTime gt 2025-03-01T00:00:00Z and startDateTime le 2025-05-01T00:00:00Z and "
                + "startDateTime le 2025-04-01T00:00:00Z");

        assertThat(filter.startFrom()).contains(new CallRecordFilter.Bound(Instant.parse("2025-03-01T00:00:00Z"), false));
        assertThat(filter.startTo()).contains(new CallRecordFilter.Bound(Instant.parse("2025-04-01T00:00:00Z"), true));
    }

    @Test
    void anything_else_is_refused_naming_the_filter() {
        for (String unsupported : new String[] {
                "startDateTime eq 2025-03-01T00:00:00Z",
                "startDateTime ge 2025-03-01T00:00:00Z or startDateTime lt 2025-01-01T00:00:00Z",
                "not startDateTime ge 2025-03-01T00:00:00Z",
                "endDateTime ge 2025-03-01T00:00:00Z",
                "startDateTime ge 2025-03-01",
                "startDateTime ge",
                "participants_v2/any(p:p/displayName eq 'x')",
                "participants_v2/any(p:p/id ne 'x')",
                "participants_v2/any(p:p/id eq x)",
                "participants_v2/any(p:p/id eq 'x'",
                "participants_v2/any(p:p/id eq 'x) ",
                "startDateTime ge 2025-03-01T00:00:00Z and",
                "startDateTime ge 2025-03-01T00:00:00Z)",
                "startDateTime ge 2025-03-01T00:00:00Z; drop table"}) {
            assertThatThrownBy(() -> CallRecordFilterParser.parse(unsupported)).as(unsupported)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("$filter: ");
        }
    }
}
