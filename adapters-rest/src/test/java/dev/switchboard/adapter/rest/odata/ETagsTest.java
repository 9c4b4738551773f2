package dev.switchboard.adapter.rest.odata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.common.ExpectedVersion;

import java.util.List;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void a_tag_is_the_quoted_version() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void if_match_reads_as_the_core_precondition() {
        assertThat(ETags.expected(null)).isEqualTo(ExpectedVersion.none());
        assertThat(ETags.expected(List.of("*"))).isEqualTo(ExpectedVersion.anyExisting());
        assertThat(ETags.expected(List.of("\"3\""))).isEqualTo(ExpectedVersion.exactly(3));
        assertThat(ETags.expected(List.of("\"x\", \"4\""))).isEqualTo(ExpectedVersion.exactly(4));
    }

    @Test
    void a_tag_the_service_never_issued_matches_no_version() {
        for (String foreign : List.of("W/\"3\"", "3", "\"abc\"", "\"-2\"", "\"\"")) {
            ExpectedVersion expected = ETags.expected(List.of(foreign));
            assertThat(expected).as(foreign).isInstanceOf(ExpectedVersion.Exactly.class);
            assertThat(((ExpectedVersion.Exactly) expected).version()).as(foreign).isNegative();
        }
    }
}
