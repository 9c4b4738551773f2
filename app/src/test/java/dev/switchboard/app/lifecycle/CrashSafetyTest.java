package dev.switchboard.app.lifecycle;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.rest.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The process dies ({@code kill -9}) between the commit of a change and the delivery of its notification; after a
 * restart on the same database the notification still arrives, and the pending lifecycle work is still done. Runs on
 * PostgreSQL; that a commit on the embedded H2 default survives {@code kill -9} too is
 * {@link dev.switchboard.app.reliability.H2CommitSurvivesKillTest}'s concern.
 */
@OnPostgres
class CrashSafetyTest {

    private static final String URL_VARIABLE = "SWITCHBOARD_TEST_POSTGRES_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** A schema of this test's own, dropped and built again on each run. */
    private static final String SCHEMA = "switchboard_crash";

    @Test
    void a_notification_committed_before_a_kill_9_arrives_after_the_restart() throws Exception {
        dropTheSchema();
        try (CallbackReceiver receiver = new CallbackReceiver(0)) {
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp",
                    System.getProperty("java.class.path"), CrashingInstance.class.getName(), receiver.url()));
            command.addAll(onPostgres());
            Process crashing = new ProcessBuilder(command).redirectErrorStream(true).start();
            String callId;
            try {
                callId = committedCallId(crashing).get(90, TimeUnit.SECONDS);
            } finally {
                crashing.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing flushed on the way out
                assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(receiver.received()).isEmpty();

            List<String> restart = new ArrayList<>(onPostgres());
            restart.add("--switchboard.lifecycle.poll-interval=50ms");
            restart.add("--switchboard.notifications.poll-interval=50ms");
            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SwitchboardApplication.class)
                    .run(restart.toArray(String[]::new))) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                        assertThat(receiver.received()).extracting(CallbackReceiver.Received::body)
                                .anyMatch(body -> body.contains("\"id\":\"" + callId + "\"")
                                        && body.contains("\"state\":\"establishing\""))
                                .anyMatch(body -> body.contains("\"id\":\"" + callId + "\"")
                                        && body.contains("\"state\":\"established\"")));
            }
        }
    }

    private static List<String> onPostgres() {
        String url = System.getenv(URL_VARIABLE);
        url = url == null || url.isBlank() ? DEFAULT_URL : url;
        return List.of("--spring.profiles.active=postgres",
                "--server.port=0",
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "--spring.datasource.username=",
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.create-schemas=true",
                // the production profile trusts a real identity provider; these tests sign their own tokens
                "--switchboard.security.local-issuer.enabled=true",
                "--switchboard.data-dir=target/test-data",
                "--switchboard.lifecycle.operation-delay=PT0.2S");
    }

    private static void dropTheSchema() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        try (Connection connection = DriverManager.getConnection(url == null || url.isBlank() ? DEFAULT_URL : url);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    /** Reads the child's output until it says its transaction committed, and returns the call's id. */
    private static CompletableFuture<String> committedCallId(Process process) {
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        return line.substring("COMMITTED ".length()).trim();
                    }
                }
                throw new IllegalStateException("the instance ended before it committed");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
