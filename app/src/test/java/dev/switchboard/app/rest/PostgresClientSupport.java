package dev.switchboard.app.rest;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * {@link RestClientSupport} with the application on the local PostgreSQL: the production {@code postgres} profile on
 * top of the test one, and a schema of its own ({@value LocalPostgres#SCHEMA}), which Flyway creates and migrates.
 * Every subclass carries exactly these settings, so they share one Spring context. The database outlives the run, so
 * every check is about the test's own calls and records, never about totals.
 */
@OnPostgres
@ActiveProfiles("postgres")
@Import(PostgresClientSupport.EditedMigrationsStartOver.class)
public abstract class PostgresClientSupport extends RestClientSupport {

    @DynamicPropertySource
    static void onTheLocalPostgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", LocalPostgres::urlOfSchema);
        // the user (and any password) come from the URL
        properties.add("spring.datasource.username", () -> "");
        properties.add("spring.datasource.password", () -> "");
        properties.add("spring.flyway.schemas", () -> LocalPostgres.SCHEMA);
        properties.add("spring.flyway.create-schemas", () -> "true");
        properties.add("spring.flyway.clean-disabled", () -> "false");
        // the production profile trusts a real identity provider; these tests sign their own tokens
        properties.add("switchboard.security.local-issuer.enabled", () -> "true");
    }

    /** The JDBC URL of the suite's schema, for a second instance of the application to share it. */
    protected static String databaseUrl() {
        return LocalPostgres.urlOfSchema();
    }

    /** The suite's schema. */
    protected static String schema() {
        return LocalPostgres.SCHEMA;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EditedMigrationsStartOver {

        /**
         * The schema belongs to this suite alone, so when a migration was edited during development (Flyway refuses
         * a changed checksum) it is cleaned and built again, as the persistence adapter's own tests do.
         */
        @Bean
        FlywayMigrationStrategy migrateOrStartOver() {
            return flyway -> {
                try {
                    flyway.migrate();
                } catch (FlywayValidateException edited) {
                    flyway.clean();
                    flyway.migrate();
                }
            };
        }
    }
}
