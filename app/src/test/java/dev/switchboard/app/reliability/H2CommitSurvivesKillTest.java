package dev.switchboard.app.reliability;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.lifecycle.CrashingInstance;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps a commit through {@code kill -9}: a child JVM on an H2 file (the default URL, only the
 * data directory moved) commits a call, says so, and is killed at once; the application started again on the same
 * file finds the call. H2 would otherwise write the commit to its file up to half a second later, from a background
 * thread, and the kill would take it along (docs/reliability.md, "Crash durability").
 */
class H2CommitSurvivesKillTest {

    @TempDir
    Path data;

    @Test
    void a_call_committed_on_h2_right_before_a_kill_9_is_there_after_the_restart() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingInstance.class.getName(),
                "http://127.0.0.1:1/callback", "--server.port=0", "--switchboard.data-dir=" + data);
        Process crashing = new ProcessBuilder(command).redirectErrorStream(true).start();
        String callId;
        try {
            callId = committedCallId(crashing).get(300, TimeUnit.SECONDS); // a busy machine starts slowly
        } finally {
            crashing.destroyForcibly(); // SIGKILL, the moment the commit has returned
            assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SwitchboardApplication.class)
                .run("--server.port=0", "--switchboard.data-dir=" + data,
                        "--switchboard.lifecycle.scheduler.enabled=false",
                        "--switchboard.notifications.enabled=false")) {
            assertThat(restarted.getBean(CallQueries.class)
                    .get(new CallQueries.GetCallQuery(TenantId.of("contoso"), CallId.of(callId))).id().value())
                    .isEqualTo(callId);
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
}
