package dev.switchboard.application.testing.contract;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions the contracts share. */
final class Expect {

    private Expect() {
    }

    /**
     * {@code actual} holds what {@code expected} holds. Compared field by field first, so that a failure names the
     * path that differs instead of printing two huge records, then with {@code equals}, which is what the core uses.
     */
    static <T> void sameInEveryField(Optional<T> actual, T expected) {
        assertThat(actual).as("stored").isPresent();
        sameInEveryField(actual.get(), expected);
    }

    static <T> void sameInEveryField(T actual, T expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual).isEqualTo(expected);
    }

    static <T> void sameInEveryField(List<T> actual, List<T> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            sameInEveryField(actual.get(i), expected.get(i));
        }
    }
}
