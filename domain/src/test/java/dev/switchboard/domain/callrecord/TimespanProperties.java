package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.Timestamps;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Instant;
import java.util.function.Supplier;

import static dev.switchboard.domain.testing.CallRecordBuilder.aCallRecord;
import static dev.switchboard.domain.testing.CallRecordBuilder.aNewCallRecord;
import static dev.switchboard.domain.testing.SessionBuilder.aSegment;
import static dev.switchboard.domain.testing.SessionBuilder.aSession;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code endDateTime >= startDateTime} for records, sessions and segments, however they come to be: a client's new
 * record, a record rebuilt from storage, a PATCH. Times are compared as stored, to the microsecond; an end a few
 * nanoseconds "before" a start in the same microsecond is stored equal to it.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class TimespanProperties {

    @Property
    void a_new_call_record_needs_its_end_not_before_its_start(@ForAll("spans") Tuple.Tuple2<Instant, Instant> span) {
        checkSpan(span, () -> aNewCallRecord().between(span.get1(), span.get2()).buildNew());
    }

    @Property
    void a_stored_call_record_needs_its_end_not_before_its_start(@ForAll("spans") Tuple.Tuple2<Instant, Instant> span) {
        checkSpan(span, () -> aCallRecord().between(span.get1(), span.get2()).build());
    }

    @Property
    void a_session_needs_its_end_not_before_its_start(@ForAll("spans") Tuple.Tuple2<Instant, Instant> span) {
        checkSpan(span, () -> aSession().between(span.get1(), span.get2()).build());
    }

    @Property
    void a_segment_needs_its_end_not_before_its_start(@ForAll("spans") Tuple.Tuple2<Instant, Instant> span) {
        checkSpan(span, () -> aSegment().between(span.get1(), span.get2()).buildSegment());
    }

    @Property
    void a_patch_cannot_move_the_end_before_the_start(
            @ForAll("callRecordsWithSpanPatches") Tuple.Tuple2<CallRecord, SpanPatch> given,
            @ForAll("instants") Instant now) {
        CallRecord stored = given.get1();
        SpanPatch patch = given.get2();
        Tuple.Tuple2<Instant, Instant> result = Tuple.of(patch.start().applyTo(stored.startDateTime()),
                patch.end().applyTo(stored.endDateTime()));

        // a patch naming both ends refuses an inconsistent pair itself; one naming one end, the record does
        checkSpan(result, () -> stored.update(patch.build(), now));
    }

    /** Builds with the span, expecting a refusal naming {@code endDateTime} exactly when the stored end precedes the start. */
    private static void checkSpan(Tuple.Tuple2<Instant, Instant> span, Supplier<?> build) {
        Instant start = Timestamps.micros(span.get1());
        Instant end = Timestamps.micros(span.get2());
        ThrowingCallable attempt = build::get;
        Statistics.label("span").collect(end.isBefore(start) ? "end before start"
                : end.equals(start) ? "end at start" : "end after start");
        Statistics.label("span").coverage(checker -> {
            checker.check("end before start").percentage(p -> p > 10);
            checker.check("end at start").percentage(p -> p > 1);
            checker.check("end after start").percentage(p -> p > 10);
        });
        if (end.isBefore(start)) {
            InvalidInputException refused = catchThrowableOfType(attempt, InvalidInputException.class);
            assertThat(refused).as("end %s before start %s", end, start).isNotNull();
            assertThat(pathsOf(refused)).containsExactly("endDateTime");
            assertThat(refused.getMessage()).isEqualTo("endDateTime: must not be before startDateTime");
        } else {
            assertThat(build.get()).isNotNull();
        }
    }

    /** Start and end anywhere in the century, the end often within microseconds of the start, on either side. */
    @Provide
    Arbitrary<Tuple.Tuple2<Instant, Instant>> spans() {
        return Combinators.combine(DomainArbitraries.instants(), DomainArbitraries.nanoGaps())
                .as((start, gap) -> Tuple.of(start, start.plusNanos(gap)));
    }

    /** Stored records with a patch of the start, the end or both, landing near the other end of the span. */
    @Provide
    Arbitrary<Tuple.Tuple2<CallRecord, SpanPatch>> callRecordsWithSpanPatches() {
        return Combinators.combine(DomainArbitraries.callRecords(), spans(), DomainArbitraries.nanoGaps(),
                        Arbitraries.of(Patched.class))
                .as((stored, span, gap, patched) -> Tuple.of(stored, switch (patched) {
                    case START -> new SpanPatch(Patch.of(stored.endDateTime().plusNanos(gap)), Patch.absent());
                    case END -> new SpanPatch(Patch.absent(), Patch.of(stored.startDateTime().plusNanos(gap)));
                    case BOTH -> new SpanPatch(Patch.of(span.get1()), Patch.of(span.get2()));
                }));
    }

    private enum Patched { START, END, BOTH }

    /** The ends a patch names, built into a {@link CallRecordPatch} only inside the attempt. */
    private record SpanPatch(Patch<Instant> start, Patch<Instant> end) {
        CallRecordPatch build() {
            return CallRecordPatch.empty().withStartDateTime(start).withEndDateTime(end);
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }
}
