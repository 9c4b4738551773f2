package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operation's status only moves forward, {@code NotStarted → Running → Completed | Failed}, whoever moves it: the
 * lifecycle engine ({@code complete}, {@code fail}) or a client's PATCH. Once terminal, it never changes.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class OperationStatusProperties {

    /** How far along a status is; the domain keeps its own stage private, the specification is this table. */
    static int stageOf(OperationStatus status) {
        return switch (status) {
            case NOT_STARTED -> 0;
            case RUNNING -> 1;
            case COMPLETED, FAILED -> 2;
        };
    }

    /** One attempt to move an operation on. */
    sealed interface Move {
        CommsOperation applyTo(CommsOperation operation, Instant now);

        OperationStatus target(OperationStatus current);
    }

    record PatchStatus(OperationStatus status) implements Move {
        public CommsOperation applyTo(CommsOperation operation, Instant now) {
            return operation.update(OperationPatch.empty().withStatus(Patch.of(status)), now);
        }

        public OperationStatus target(OperationStatus current) {
            return status;
        }
    }

    record Complete() implements Move {
        public CommsOperation applyTo(CommsOperation operation, Instant now) {
            return operation.complete(now);
        }

        public OperationStatus target(OperationStatus current) {
            return OperationStatus.COMPLETED;
        }
    }

    record Fail(ResultInfo reason) implements Move {
        public CommsOperation applyTo(CommsOperation operation, Instant now) {
            return operation.fail(reason, now);
        }

        public OperationStatus target(OperationStatus current) {
            return OperationStatus.FAILED;
        }
    }

    @Property
    void the_status_never_moves_back_and_a_terminal_status_never_changes(
            @ForAll("operations") CommsOperation start, @ForAll("moves") List<Tuple.Tuple2<Move, Instant>> moves) {
        CommsOperation current = start;
        for (Tuple.Tuple2<Move, Instant> step : moves) {
            Move move = step.get1();
            Instant now = step.get2();
            CommsOperation before = current;
            OperationStatus target = move.target(before.status());

            if (move instanceof PatchStatus && target == before.status()) {
                Statistics.label("move").collect("resent");
                assertThat(move.applyTo(before, now)).as("a resend of the current status").isSameAs(before);
            } else if (stageOf(target) > stageOf(before.status())) {
                Statistics.label("move").collect("applied");
                current = move.applyTo(before, now);
                assertThat(current.status()).isEqualTo(target);
                assertThat(current.lastModifiedDateTime()).isAfterOrEqualTo(before.lastModifiedDateTime());
            } else {
                Statistics.label("move").collect(before.isTerminal() ? "refused out of a terminal status" : "refused backward");
                assertThatThrownBy(() -> move.applyTo(before, now))
                        .as("%s from %s", move, before.status())
                        .isInstanceOf(ConflictException.class);
            }

            assertThat(stageOf(current.status())).isGreaterThanOrEqualTo(stageOf(before.status()));
            if (before.isTerminal()) {
                assertThat(current).isSameAs(before);
            }
        }
        Statistics.label("move").coverage(checker -> {
            checker.check("resent").percentage(p -> p > 5);
            checker.check("applied").percentage(p -> p > 5);
            checker.check("refused backward").percentage(p -> p > 0.5);
            checker.check("refused out of a terminal status").percentage(p -> p > 5);
        });
    }

    @Property
    void resending_the_current_status_returns_the_very_same_operation(
            @ForAll("operations") CommsOperation operation, @ForAll("instants") Instant now) {
        OperationPatch resend = OperationPatch.empty()
                .withStatus(Patch.of(operation.status()))
                .withClientContext(Patch.ofNullable(operation.clientContext()))
                .withResultInfo(Patch.ofNullable(operation.resultInfo()));

        assertThat(operation.update(resend, now)).isSameAs(operation);
        assertThat(operation.update(OperationPatch.empty(), now)).isSameAs(operation);
    }

    // no edge cases: jqwik would recompute them for each flatMapped patch generator, at seconds per property
    @Property(edgeCases = EdgeCasesMode.NONE)
    void a_terminal_operation_refuses_every_real_change(
            @ForAll("terminalOperationsWithPatches") Tuple.Tuple2<CommsOperation, OperationPatch> given,
            @ForAll("instants") Instant now) {
        CommsOperation operation = given.get1();
        OperationPatch patch = given.get2();
        boolean changes = patch.status().applyTo(operation.status()) != operation.status()
                || !Objects.equals(patch.clientContext().applyTo(operation.clientContext()), operation.clientContext())
                || !Objects.equals(patch.resultInfo().applyTo(operation.resultInfo()), operation.resultInfo());

        Statistics.label("patch").collect(changes ? "changes" : "resends");
        Statistics.label("patch").coverage(checker -> {
            checker.check("changes").percentage(p -> p > 10);
            checker.check("resends").percentage(p -> p > 10);
        });
        if (changes) {
            assertThatThrownBy(() -> operation.update(patch, now)).isInstanceOf(ConflictException.class);
        } else {
            assertThat(operation.update(patch, now)).isSameAs(operation);
        }
    }

    @Property
    void complete_and_fail_are_refused_once_the_operation_is_terminal(
            @ForAll("terminalOperations") CommsOperation operation, @ForAll("resultInfos") ResultInfo reason,
            @ForAll("instants") Instant now) {
        assertThatThrownBy(() -> operation.complete(now)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> operation.fail(reason, now)).isInstanceOf(ConflictException.class);
    }

    @Provide
    Arbitrary<CommsOperation> operations() {
        return DomainArbitraries.operations();
    }

    @Provide
    Arbitrary<CommsOperation> terminalOperations() {
        return DomainArbitraries.operations().filter(CommsOperation::isTerminal);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }

    @Provide
    Arbitrary<ResultInfo> resultInfos() {
        return DomainArbitraries.resultInfos();
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Move, Instant>>> moves() {
        // NotStarted is weighted up: from Running it is the one backward move of a live operation
        Arbitrary<Move> move = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new PatchStatus(OperationStatus.NOT_STARTED))),
                Tuple.of(3, Arbitraries.of(OperationStatus.class).map(PatchStatus::new)),
                Tuple.of(2, Arbitraries.just(new Complete())),
                Tuple.of(2, DomainArbitraries.resultInfos().map(Fail::new)));
        return Combinators.combine(move, DomainArbitraries.instants()).as(Tuple::of)
                .list().ofMaxSize(8);
    }

    /** Terminal operations, each with a patch of status, clientContext and resultInfo: left out, resent or changed. */
    @Provide
    Arbitrary<Tuple.Tuple2<CommsOperation, OperationPatch>> terminalOperationsWithPatches() {
        return terminalOperations().flatMap(operation -> Combinators.combine(
                        DomainArbitraries.patchesOf(operation.status(), Arbitraries.of(OperationStatus.class))
                                .filter(status -> !(status instanceof Patch.Cleared)),
                        DomainArbitraries.patchesOf(operation.clientContext(), DomainArbitraries.clientContexts()),
                        DomainArbitraries.patchesOf(operation.resultInfo(), DomainArbitraries.resultInfos()))
                .as((status, context, result) -> Tuple.of(operation, OperationPatch.empty()
                        .withStatus(status).withClientContext(context).withResultInfo(result))));
    }
}
