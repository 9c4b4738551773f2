package dev.switchboard.adapter.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.JdbcPersistence;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The two databases the adapter runs on, one of each per test run, migrated once: H2 in memory, in PostgreSQL mode,
 * and the local PostgreSQL 15 (from {@code SWITCHBOARD_TEST_POSTGRES_URL}), in a schema of this run's own
 * ({@code switchboard_test_} and a random suffix, dropped when the run ends), so that neither other data nor a
 * schema left by another run, or migrated by another branch's migrations, can change what the tests see.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL_VARIABLE = "SWITCHBOARD_TEST_POSTGRES_URL";
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    public static final String POSTGRES_SCHEMA = "switchboard_test_" + UUID.randomUUID().toString().substring(0, 8);
    /** H2 as the application runs it, in PostgreSQL mode with lower-case identifiers. */
    public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static HikariDataSource h2;
    private static JdbcPersistence h2Persistence;
    private static HikariDataSource postgres;
    private static JdbcPersistence postgresPersistence;
    private static Optional<String> postgresCheck;

    private TestDatabases() {
    }

    public static synchronized DataSource h2() {
        if (h2 == null) {
            h2 = pool("jdbc:h2:mem:switchboard-" + UUID.randomUUID() + H2_MODE + ";DB_CLOSE_DELAY=-1");
            h2Flyway().migrate();
        }
        return h2;
    }

    /** Flyway over the H2 database, configured as {@link JdbcPersistence#migrate} configures it. */
    public static Flyway h2Flyway() {
        return Flyway.configure().dataSource(h2()).locations(JdbcPersistence.MIGRATIONS).load();
    }

    public static synchronized JdbcPersistence h2Persistence() {
        if (h2Persistence == null) {
            h2Persistence = JdbcPersistence.over(h2());
        }
        return h2Persistence;
    }

    public static synchronized DataSource postgres() {
        if (postgres == null) {
            String url = postgresUrl();
            postgres = pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA);
            postgresFlyway(postgres).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropPostgresSchema));
        }
        return postgres;
    }

    /** Flyway over the PostgreSQL test schema. */
    public static Flyway postgresFlyway() {
        return postgresFlyway(postgres());
    }

    private static Flyway postgresFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(JdbcPersistence.MIGRATIONS)
                .schemas(POSTGRES_SCHEMA).defaultSchema(POSTGRES_SCHEMA).cleanDisabled(false).load();
    }

    public static synchronized JdbcPersistence postgresPersistence() {
        if (postgresPersistence == null) {
            postgresPersistence = JdbcPersistence.over(postgres());
        }
        return postgresPersistence;
    }

    public static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_POSTGRES_URL : url;
    }

    /**
     * Why the PostgreSQL tests cannot run (the server is out of reach), or nothing when they can.
     *
     * @throws IllegalStateException when they cannot run but must: on CI ({@code CI=true})
     */
    public static synchronized Optional<String> whyPostgresTestsCannotRun() {
        if (postgresCheck == null) {
            postgresCheck = Optional.ofNullable(postgresUnreachableBecause());
        }
        if (postgresCheck.isPresent() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true, so the PostgreSQL tests must run, but PostgreSQL at "
                    + postgresUrl() + " is out of reach: " + postgresCheck.get());
        }
        return postgresCheck.map(why -> "PostgreSQL at " + postgresUrl() + " is out of reach (" + why + "); set "
                + POSTGRES_URL_VARIABLE + " to run these tests");
    }

    private static String postgresUnreachableBecause() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(postgresUrl())) {
            return connection.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The run's schema goes with the run; a run killed before this leaves a schema that no later run reads. */
    private static void dropPostgresSchema() {
        try (Connection connection = DriverManager.getConnection(postgresUrl())) {
            connection.createStatement().execute("drop schema if exists " + POSTGRES_SCHEMA + " cascade");
        } catch (SQLException e) {
            // the server went first; nothing to tidy up
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(16);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }
}
