package dev.switchboard.domain.common;

import dev.switchboard.domain.error.PreconditionFailedException;

/**
 * A write's precondition on the stored version, from an {@code If-Match} header: none, any existing
 * resource ({@code *}), or exactly one version.
 */
public sealed interface ExpectedVersion permits ExpectedVersion.None, ExpectedVersion.AnyExisting, ExpectedVersion.Exactly {

    record None() implements ExpectedVersion {
    }

    record AnyExisting() implements ExpectedVersion {
    }

    record Exactly(long version) implements ExpectedVersion {
    }

    static ExpectedVersion none() {
        return new None();
    }

    static ExpectedVersion anyExisting() {
        return new AnyExisting();
    }

    static ExpectedVersion exactly(long version) {
        return new Exactly(version);
    }

    /** @throws PreconditionFailedException when the resource stored at {@code storedVersion} does not match */
    default void check(long storedVersion) {
        if (this instanceof Exactly exact && exact.version() != storedVersion) {
            throw new PreconditionFailedException(
                    "If-Match does not match the current version of the resource; read it again and retry.");
        }
    }
}
