package dev.switchboard.app.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the local PostgreSQL. Skipped when it is out of reach, except on CI
 * ({@code CI=true}), where an unreachable PostgreSQL fails the class instead: there these tests must run.
 * (A copy of the persistence adapter's annotation, whose test classes {@code app} cannot see.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface OnPostgres {
}
