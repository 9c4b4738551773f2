package dev.switchboard.application.service;

import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.error.ConflictException;

import java.util.function.Supplier;

/**
 * Applies a change in the order Graph clients are told problems: invalid fields first, then a failed
 * {@code If-Match} precondition, then a conflict with the resource's state.
 */
public final class WriteChecks {

    private WriteChecks() {
    }

    /**
     * Runs {@code change} (which may refuse bad fields or conflict with the state), with the {@code If-Match} check
     * taking precedence over a conflict.
     */
    public static <T> T applyUnder(ExpectedVersion expected, long storedVersion, Supplier<T> change) {
        T changed;
        try {
            changed = change.get();
        } catch (ConflictException conflict) {
            expected.check(storedVersion);
            throw conflict;
        }
        expected.check(storedVersion);
        return changed;
    }
}
