package dev.switchboard.adapter.persistence.testing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** {@link OnPostgres} for jqwik properties: skip when PostgreSQL is out of reach, fail instead when {@code CI=true}. */
public final class PostgresSkipHook implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return TestDatabases.whyPostgresTestsCannotRun().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }
}
