package dev.switchboard.adapter.graphql.error;

import dev.switchboard.domain.error.DomainException;

import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps failures to GraphQL errors once, for every controller: the core's {@link DomainException} by its code (see
 * {@link DomainErrors}), an input the argument binder could not build as bad input, and an execution cancelled because
 * its client went away. Anything else is left to Spring for GraphQL, which answers {@code INTERNAL_ERROR} without a
 * stack trace.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

    @GraphQlExceptionHandler
    GraphQLError domain(DomainException failure, DataFetchingEnvironment environment) {
        if (DomainErrors.kindOf(failure).classification() == SwitchboardErrorType.SERVICE_UNAVAILABLE) {
            // one line, no stack trace: during an outage every request lands here (the REST adapter does the same)
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            log.warn("{} failed: a dependency is out of reach ({})", environment.getField().getName(),
                    cause.getMessage());
        }
        return DomainErrors.of(failure, environment);
    }

    /**
     * A client that goes away cancels its execution, and graphql-java then fails every data fetcher still to run with
     * this exception. Nobody reads the answer; left unresolved, Spring for GraphQL would log each one at ERROR with a
     * stack trace (a load test's end, a closed browser tab). Query limits throw the same type, but before execution,
     * so they never reach a handler.
     */
    @GraphQlExceptionHandler
    GraphQLError cancelled(AbortExecutionException cancellation, DataFetchingEnvironment environment) {
        log.debug("{} cancelled: {}", environment.getField() == null ? "execution" : environment.getField().getName(),
                cancellation.getMessage());
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.BAD_REQUEST)
                .message("The request was cancelled.")
                .extensions(Map.of(ErrorCodes.EXTENSION, ErrorCodes.BAD_REQUEST))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError binding(BindException failure, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.BAD_REQUEST)
                .message("The arguments cannot be read: " + failure.getAllErrors().stream()
                        .map(error -> error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage())
                        .toList())
                .extensions(Map.of(ErrorCodes.EXTENSION, ErrorCodes.BAD_REQUEST))
                .build();
    }
}
