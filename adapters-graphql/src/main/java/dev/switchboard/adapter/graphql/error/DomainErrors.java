package dev.switchboard.adapter.graphql.error;

import dev.switchboard.domain.error.DomainException;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.Violations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.ErrorType;

/**
 * What a domain failure looks like in {@code errors[]}: a classification, the REST API's code in
 * {@code extensions.code}, and for bad input every offending path in {@code extensions.fieldErrors}. The switch over
 * the core's {@link dev.switchboard.domain.error.ErrorCode} is exhaustive, so a new code cannot be forgotten.
 */
final class DomainErrors {

    /** The argument every mutation takes; field paths the readers and the core report are relative to it. */
    static final String INPUT_ARGUMENT = "input";

    private DomainErrors() {
    }

    record Kind(ErrorClassification classification, String code) {
    }

    static Kind kindOf(DomainException failure) {
        return switch (failure.code()) {
            case INVALID_INPUT -> new Kind(ErrorType.BAD_REQUEST, ErrorCodes.BAD_REQUEST);
            // GraphQL has no subscriptions to validate yet; should it get them, the refusal is still a bad request
            case VALIDATION_FAILED -> new Kind(ErrorType.BAD_REQUEST, ErrorCodes.BAD_REQUEST);
            case NOT_FOUND -> new Kind(ErrorType.NOT_FOUND, ErrorCodes.ITEM_NOT_FOUND);
            case CONFLICT -> new Kind(SwitchboardErrorType.CONFLICT, ErrorCodes.CONFLICT);
            case PRECONDITION_FAILED -> new Kind(SwitchboardErrorType.PRECONDITION_FAILED, ErrorCodes.PRECONDITION_FAILED);
            case UNAUTHENTICATED -> new Kind(ErrorType.UNAUTHORIZED, ErrorCodes.INVALID_AUTHENTICATION_TOKEN);
            case FORBIDDEN -> new Kind(ErrorType.FORBIDDEN, ErrorCodes.FORBIDDEN);
            case UNAVAILABLE -> new Kind(SwitchboardErrorType.SERVICE_UNAVAILABLE, ErrorCodes.SERVICE_NOT_AVAILABLE);
        };
    }

    /** The error for {@code failure}; {@code environment} is {@code null} when a subscription's stream failed. */
    static GraphQLError of(DomainException failure, DataFetchingEnvironment environment) {
        Kind kind = kindOf(failure);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.EXTENSION, kind.code());
        String message = failure.getMessage();
        if (failure instanceof InvalidInputException invalid) {
            List<FieldError> errors = rooted(invalid.errors(), environment);
            extensions.put("fieldErrors", errors.stream()
                    .map(error -> Map.of("path", error.path(), "message", error.message()))
                    .toList());
            message = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        } else if (failure instanceof NotFoundException notFound) {
            extensions.put("resource", notFound.resource());
            extensions.put("id", notFound.id());
        } else if (kind.classification() == SwitchboardErrorType.SERVICE_UNAVAILABLE) {
            message = "The service is temporarily unavailable; retry later.";
        }
        GraphqlErrorBuilder<?> builder = environment == null ? GraphqlErrorBuilder.newError()
                : GraphqlErrorBuilder.newError(environment);
        return builder
                .errorType(kind.classification())
                .message(message)
                .extensions(extensions)
                .build();
    }

    /** In a mutation everything comes from its {@code input}, so the core's paths are rooted there. */
    private static List<FieldError> rooted(List<FieldError> errors, DataFetchingEnvironment environment) {
        if (environment == null || !environment.containsArgument(INPUT_ARGUMENT)) {
            return errors;
        }
        return errors.stream()
                .map(error -> new FieldError(Violations.join(INPUT_ARGUMENT, error.path()), error.message()))
                .toList();
    }
}
