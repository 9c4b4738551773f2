package dev.switchboard.adapter.persistence.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides {@link OnPostgres}: run when PostgreSQL answers, skip when not, fail when not but {@code CI=true}. */
final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestDatabases.whyPostgresTestsCannotRun()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL answers at "
                        + TestDatabases.postgresUrl()));
    }
}
