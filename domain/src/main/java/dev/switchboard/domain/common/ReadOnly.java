package dev.switchboard.domain.common;

import dev.switchboard.domain.error.Violations;

import java.util.Objects;

/**
 * The rule for read-only properties in a PATCH body: a client may resend the stored value (a GET-modify-PATCH
 * round trip does), but any other value is refused, naming the property.
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    public static <T> void check(Violations violations, String path, Patch<T> patch, T stored) {
        if (!patch.isAbsent() && !Objects.equals(patch.applyTo(stored), stored)) {
            violations.add(path, "is read-only and cannot be changed");
        }
    }
}
