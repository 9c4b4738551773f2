package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local issuer's key is made once, kept readable by its owner only, and used again after a restart. */
class LocalIssuerKeyTest {

    @TempDir
    Path dataDirectory;

    @Test
    void the_key_made_on_first_start_is_the_one_used_after_a_restart() {
        LocalIssuer first = LocalIssuer.inDirectory(dataDirectory, "urn:test");
        LocalIssuer afterRestart = LocalIssuer.inDirectory(dataDirectory, "urn:test");

        assertThat(afterRestart.publicKey()).isEqualTo(first.publicKey());
        assertThat(afterRestart.jwkSet()).isEqualTo(first.jwkSet());
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        LocalIssuer.inDirectory(dataDirectory, "urn:test");

        Path file = dataDirectory.resolve(LocalIssuer.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void a_damaged_key_file_stops_the_start_with_what_to_do() throws Exception {
        Path file = dataDirectory.resolve(LocalIssuer.KEY_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kty\": \"nonsense\"}");

        assertThatThrownBy(() -> LocalIssuer.inDirectory(dataDirectory, "urn:test"))
                .hasMessageContaining(file.toString()).hasMessageContaining("delete it");
    }
}
