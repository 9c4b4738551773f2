package dev.switchboard.domain.error;

import dev.switchboard.domain.common.GraphEnums;
import dev.switchboard.domain.identity.EndpointType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One refusal names every offending path, as {@code a: …; b: …} (API notes §3.1, several problems in one request). */
class ViolationsTest {

    @Test
    void every_offending_path_is_named_in_one_message() {
        Violations violations = new Violations()
                .add("callbackUri", "is required")
                .require(false, "mediaConfig", "is required")
                .require(true, "subject", "never reported");

        InvalidInputException refused = catchThrowableOfType(violations::throwIfAny, InvalidInputException.class);

        assertThat(refused.getMessage()).isEqualTo("callbackUri: is required; mediaConfig: is required");
        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused.errors()).containsExactly(new FieldError("callbackUri", "is required"),
                new FieldError("mediaConfig", "is required"));
    }

    @Test
    void no_violation_throws_nothing() {
        Violations violations = new Violations().require(true, "a", "never");

        violations.throwIfAny();

        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void a_nested_check_is_reported_under_its_parent_path() {
        // the §3.1 example: a seed's literal "String" as an endpointType
        Violations violations = new Violations();

        EndpointType parsed = violations.collect("info.endpointType", () -> GraphEnums.parse(EndpointType.class, "String"));

        assertThat(parsed).isNull();
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("info.endpointType: 'String' is not one of default, voicemail, skypeForBusiness, "
                        + "skypeForBusinessVoipPhone, unknownFutureValue");
    }

    @Test
    void a_nested_check_that_passes_returns_its_value() {
        Violations violations = new Violations();

        assertThat(violations.collect("info.endpointType", () -> GraphEnums.parse(EndpointType.class, "VOICEMAIL")))
                .isEqualTo(EndpointType.VOICEMAIL);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void paths_join_with_dots_and_indexes_attach_directly() {
        assertThat(Violations.join("info", "endpointType")).isEqualTo("info.endpointType");
        assertThat(Violations.join("mediaStreams", "[0]")).isEqualTo("mediaStreams[0]");
        assertThat(Violations.join("", "subject")).isEqualTo("subject");
        assertThat(Violations.join("subject", "")).isEqualTo("subject");
    }

    @Test
    void an_error_without_a_path_is_just_its_message() {
        assertThat(new FieldError("", "body is empty")).hasToString("body is empty");
        assertThat(new FieldError("id", "must not be empty")).hasToString("id: must not be empty");
    }

    @Test
    void an_invalid_input_needs_at_least_one_error() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_errors_collected_are_a_snapshot() {
        Violations violations = new Violations().add("a", "first");
        List<FieldError> snapshot = violations.errors();

        violations.add("b", "second");

        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.add(new FieldError("c", "third"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
