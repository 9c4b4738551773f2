package dev.switchboard.application.service;

import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.PreconditionFailedException;

import java.util.function.Supplier;

/**
 * How a change meets concurrent writers and a client's {@code If-Match}.
 *
 * <ul>
 *   <li>Problems are reported in the order Graph clients are told them: invalid fields first, then a failed
 *       precondition, then a conflict with the resource's state ({@link #applyUnder}).</li>
 *   <li>A write that loses a race (the row moved on between read and write, {@link #save}) is not the client's
 *       conflict: without a precondition the whole transaction simply runs again on fresh data; with
 *       {@code If-Match} on one version, the client's version is gone, which is a failed precondition
 *       ({@link #retryingLostRaces}).</li>
 * </ul>
 */
public final class WriteChecks {

    /** Enough for a burst of writers on one row; a row that keeps changing after that is a real conflict. */
    static final int ATTEMPTS = 8;

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

    /** Runs a repository write that may lose a race; by the ports' contract its conflict means exactly that. */
    public static <T> T save(Supplier<T> repositoryWrite) {
        try {
            return repositoryWrite.get();
        } catch (ConflictException lostRace) {
            throw new LostRace(lostRace);
        }
    }

    /** Runs {@code transaction} (which reads, decides and {@link #save}s) again while it loses races; see above. */
    public static <T> T retryingLostRaces(ExpectedVersion expected, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (LostRace lost) {
                if (expected instanceof ExpectedVersion.Exactly) {
                    throw new PreconditionFailedException(
                            "The resource changed while this request ran; If-Match no longer matches.");
                }
                if (attempt == ATTEMPTS) {
                    throw lost.conflict();
                }
            }
        }
    }

    /** Leaves the transaction (rolling it back) when a write lost a race, to be caught by {@link #retryingLostRaces}. */
    static final class LostRace extends RuntimeException {

        private final ConflictException conflict;

        LostRace(ConflictException conflict) {
            super(conflict.getMessage(), null, false, false);
            this.conflict = conflict;
        }

        ConflictException conflict() {
            return conflict;
        }
    }
}
