package dev.switchboard.adapter.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.DomainException;
import dev.switchboard.domain.error.ErrorCode;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.ForbiddenException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.PreconditionFailedException;
import dev.switchboard.domain.error.UnauthenticatedException;
import dev.switchboard.domain.error.UnavailableException;
import dev.switchboard.domain.error.ValidationFailedException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.GraphQlSource;

/** Every way the core refuses a request comes out with a classification and a code the schema documents. */
class ErrorMappingTest extends GraphQlTestSupport {

    private static final Map<ErrorCode, DomainException> ONE_OF_EACH = Map.of(
            ErrorCode.INVALID_INPUT, new InvalidInputException(List.of(new FieldError("a", "is wrong"),
                    new FieldError("b[0].c", "is wrong too"))),
            ErrorCode.VALIDATION_FAILED, new ValidationFailedException("the receiver did not echo the token"),
            ErrorCode.NOT_FOUND, new NotFoundException("call", "c-1"),
            ErrorCode.CONFLICT, new ConflictException("terminated"),
            ErrorCode.PRECONDITION_FAILED, new PreconditionFailedException("stale"),
            ErrorCode.UNAUTHENTICATED, new UnauthenticatedException("Access token is empty."),
            ErrorCode.FORBIDDEN, new ForbiddenException("no"),
            ErrorCode.UNAVAILABLE, new UnavailableException("database down", new RuntimeException("secret detail")));

    @Autowired
    private GraphQlSource graphQlSource;

    @Autowired
    private AnnotatedControllerConfigurer controllers;

    /** Left unresolved, it would be logged at ERROR with a stack trace for every client that hangs up mid-query. */
    @Test
    void an_execution_cancelled_because_its_client_left_is_resolved_not_left_for_the_error_log() {
        DataFetchingEnvironment participantField = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("participant").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("participant")).build())
                .build();

        List<GraphQLError> errors = controllers.getExceptionResolver()
                .resolveException(new AbortExecutionException("Execution has been asked to be cancelled"), participantField)
                .block();

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("The request was cancelled.");
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.BAD_REQUEST);
        });
    }

    @Test
    void every_core_error_code_comes_out_as_a_member_of_the_schemas_error_code_enum() {
        GraphQLEnumType schemaCodes = (GraphQLEnumType) graphQlSource.schema().getType("ErrorCode");
        List<String> documented = schemaCodes.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();

        assertThat(ONE_OF_EACH.keySet()).as("a sample of every code").containsExactlyInAnyOrder(ErrorCode.values());
        for (DomainException failure : ONE_OF_EACH.values()) {
            GraphQLError error = DomainErrors.of(failure, null);
            assertThat(documented).as("the code of %s", failure.code()).contains((String) error.getExtensions().get("code"));
            assertThat(error.getErrorType()).isNotNull();
        }
        assertThat(documented).contains(ErrorCodes.UNKNOWN_ERROR, ErrorCodes.BAD_REQUEST);
    }

    @Test
    void bad_input_names_every_offending_path_and_an_unreachable_dependency_hides_its_cause() {
        GraphQLError invalid = DomainErrors.of(ONE_OF_EACH.get(ErrorCode.INVALID_INPUT), null);
        assertThat(invalid.getExtensions()).containsEntry("fieldErrors", List.of(
                Map.of("path", "a", "message", "is wrong"), Map.of("path", "b[0].c", "message", "is wrong too")));
        assertThat(invalid.getMessage()).isEqualTo("a: is wrong; b[0].c: is wrong too");

        GraphQLError unavailable = DomainErrors.of(ONE_OF_EACH.get(ErrorCode.UNAVAILABLE), null);
        assertThat(unavailable.getMessage()).doesNotContain("secret", "database");
        assertThat(unavailable.getErrorType()).isEqualTo(SwitchboardErrorType.SERVICE_UNAVAILABLE);
        assertThat(Arrays.stream(SwitchboardErrorType.values()).map(Enum::name))
                .containsExactly("CONFLICT", "PRECONDITION_FAILED", "SERVICE_UNAVAILABLE");
    }
}
