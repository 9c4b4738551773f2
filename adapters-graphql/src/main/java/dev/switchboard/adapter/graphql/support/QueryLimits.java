package dev.switchboard.adapter.graphql.support;

import dev.switchboard.adapter.graphql.error.ErrorCodes;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Selection;

import org.springframework.graphql.execution.ErrorType;

/**
 * The limits that keep one query from costing the service too much: how deep it nests and how much it may fetch.
 * A query over either limit is refused before anything runs, with a {@code BAD_REQUEST} error that names the limit.
 *
 * <p>Complexity counts one per field and multiplies a list's selection by the page it asks for ({@code first}, or
 * the largest page when left out), so listing 60 call records with their sessions costs what it fetches. Schema
 * introspection (GraphiQL's, a code generator's) is not limited here; graphql-java checks it itself.
 */
public final class QueryLimits {

    /** What a connection is charged when it names no {@code first}: the largest page any list serves. */
    static final int UNSTATED_PAGE = 100;

    private QueryLimits() {
    }

    public static MaxQueryDepthInstrumentation depth(int maximum) {
        return new MaxQueryDepthInstrumentation(maximum) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters.getExecutionContext())
                        ? SimpleInstrumentationContext.noOp() : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal("maxQueryDepth", depth, maxDepth, "The query nests " + depth
                        + " levels deep; at most " + maxDepth + " are allowed. Ask for less in one query.");
            }
        };
    }

    public static MaxQueryComplexityInstrumentation complexity(int maximum) {
        return new MaxQueryComplexityInstrumentation(maximum, pagedComplexity()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters.getExecutionContext())
                        ? SimpleInstrumentationContext.noOp() : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refusal("maxQueryComplexity", complexity, maxComplexity, "The query would fetch about "
                        + complexity + " values; at most " + maxComplexity
                        + " are allowed. Ask for smaller pages (first) or fewer fields.");
            }
        };
    }

    /** One per field; a field with a {@code first} argument multiplies what it selects by the page size. */
    static FieldComplexityCalculator pagedComplexity() {
        return (environment, childComplexity) -> {
            if (environment.getFieldDefinition().getArgument("first") == null) {
                return 1 + childComplexity;
            }
            Object first = environment.getArguments().get("first");
            int pageSize = first instanceof Integer size && size > 0 ? size : UNSTATED_PAGE;
            return 1 + childComplexity * pageSize;
        };
    }

    private static boolean isIntrospection(ExecutionContext context) {
        List<Selection> selections = context.getOperationDefinition().getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }

    private static AbortExecutionException refusal(String limit, int actual, int maximum, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(Map.of(ErrorCodes.EXTENSION, ErrorCodes.BAD_REQUEST, "limit", limit,
                        "actual", actual, "maximum", maximum))
                .build()));
    }
}
