package dev.switchboard.app.rest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The local PostgreSQL the end-to-end smoke suite runs against: {@code SWITCHBOARD_TEST_POSTGRES_URL}, or the
 * project machines' default, in a schema of its own ({@value #SCHEMA}) so that nobody else's data is touched.
 */
final class LocalPostgres {

    static final String URL_VARIABLE = "SWITCHBOARD_TEST_POSTGRES_URL";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String SCHEMA = "switchboard_e2e";

    private static Optional<String> unreachable;

    private LocalPostgres() {
    }

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** The URL with the suite's schema as the connection's current schema. */
    static String urlOfSchema() {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /**
     * Why the PostgreSQL tests cannot run (the server is out of reach), or nothing when they can.
     *
     * @throws IllegalStateException when they cannot run but must: on CI ({@code CI=true})
     */
    static synchronized Optional<String> whyTestsCannotRun() {
        if (unreachable == null) {
            unreachable = Optional.ofNullable(unreachableBecause());
        }
        if (unreachable.isPresent() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true, so the PostgreSQL tests must run, but PostgreSQL at " + url()
                    + " is out of reach: " + unreachable.get());
        }
        return unreachable.map(why -> "PostgreSQL at " + url() + " is out of reach (" + why + "); set "
                + URL_VARIABLE + " to run these tests");
    }

    private static String unreachableBecause() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(url())) {
            return connection.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
