package dev.switchboard.adapter.persistence.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against the local PostgreSQL. Skipped when it is out of reach, except on CI
 * ({@code CI=true}), where an unreachable PostgreSQL fails the class instead: there these tests must run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface OnPostgres {
}
