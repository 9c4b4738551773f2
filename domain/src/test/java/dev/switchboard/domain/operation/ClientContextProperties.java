package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;

import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Graph limits {@code clientContext} to 256 characters, when an operation starts and when a PATCH changes it. */
class ClientContextProperties {

    private static final OperationKind MUTE = new MuteParticipantOperation(ParticipantId.of("p-alice"));

    @Property
    void a_client_context_of_at_most_256_characters_is_kept_as_sent(@ForAll("fitting") String context) {
        CommsOperation started = CommsOperation.start(TENANT, CALL_ID, OperationId.of("op-1"), MUTE, context, T0);

        assertThat(started.clientContext()).isEqualTo(context);
    }

    @Property
    void a_longer_client_context_is_refused_when_the_operation_starts(@ForAll("tooLong") String context) {
        InvalidInputException refused = catchThrowableOfType(
                () -> CommsOperation.start(TENANT, CALL_ID, OperationId.of("op-1"), MUTE, context, T0),
                InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly("clientContext");
        assertThat(refused.getMessage()).isEqualTo("clientContext: must be at most 256 characters");
    }

    @Property
    void a_patch_may_set_a_fitting_client_context_on_a_live_operation(
            @ForAll("liveOperations") CommsOperation operation, @ForAll("fitting") String context) {
        CommsOperation updated = operation.update(OperationPatch.empty().withClientContext(Patch.of(context)), T0);

        assertThat(updated.clientContext()).isEqualTo(context);
    }

    @Property
    void a_patch_with_a_longer_client_context_is_refused_naming_it(
            @ForAll("operations") CommsOperation operation, @ForAll("tooLong") String context,
            @ForAll("instants") Instant now) {
        InvalidInputException refused = catchThrowableOfType(
                () -> operation.update(OperationPatch.empty().withClientContext(Patch.of(context)), now),
                InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly("clientContext");
    }

    @Provide
    Arbitrary<String> fitting() {
        return Arbitraries.strings().excludeChars('\u0000').ofMaxLength(256);
    }

    @Provide
    Arbitrary<String> tooLong() {
        return Arbitraries.strings().excludeChars('\u0000').ofMinLength(257).ofMaxLength(2_000);
    }

    @Provide
    Arbitrary<CommsOperation> operations() {
        return DomainArbitraries.operations();
    }

    @Provide
    Arbitrary<CommsOperation> liveOperations() {
        return DomainArbitraries.operations().filter(operation -> !operation.isTerminal());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }

    @Example
    void a_client_context_with_a_nul_character_is_refused_because_no_database_stores_it() {
        assertThatThrownBy(() -> CommsOperation.checkClientContext("a\u0000b", "clientContext"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("clientContext: must not contain the NUL character");
    }
}
