package dev.switchboard.application.testing.inmemory;

import dev.switchboard.domain.error.ConflictException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The rows of one in-memory store, sorted by {@link Key}, guarded by the shared {@link InMemoryTransactionRunner} and
 * rolled back with it. Rows are immutable domain records, so a snapshot is a shallow copy.
 */
final class Table<V> implements InMemoryTransactionRunner.Snapshottable {

    private final InMemoryTransactionRunner runner;
    private final String noun;
    private final ToLongFunction<V> versionOf;
    private TreeMap<Key, V> rows = new TreeMap<>();

    Table(InMemoryTransactionRunner runner, String noun, ToLongFunction<V> versionOf) {
        this.runner = runner;
        this.noun = noun;
        this.versionOf = versionOf;
    }

    Optional<V> find(Key key) {
        return runner.read(() -> Optional.ofNullable(rows.get(key)));
    }

    /** Stores a new row. @throws ConflictException when the key is taken */
    V insert(Key key, V row) {
        return runner.write(this, () -> {
            if (rows.containsKey(key)) {
                throw new ConflictException("The " + noun + " " + key + " already exists.");
            }
            rows.put(key, row);
            return row;
        });
    }

    /** Replaces a row if it is still at {@code readVersion}. @throws ConflictException when it is gone or moved on */
    V replace(Key key, long readVersion, V row) {
        return runner.write(this, () -> {
            V stored = rows.get(key);
            if (stored == null) {
                throw new ConflictException("The " + noun + " " + key + " does not exist.");
            }
            long storedVersion = versionOf.applyAsLong(stored);
            if (storedVersion != readVersion) {
                throw new ConflictException("The " + noun + " " + key + " is at version " + storedVersion
                        + ", not " + readVersion + ": it changed since it was read.");
            }
            rows.put(key, row);
            return row;
        });
    }

    /** Takes the row at {@code key} out, returning it; empty when there is none. */
    Optional<V> remove(Key key) {
        return runner.write(this, () -> Optional.ofNullable(rows.remove(key)));
    }

    /** Stores what {@code change} makes of the row at {@code key} ({@code null} when there is none) and returns it. */
    V compute(Key key, UnaryOperator<V> change) {
        return runner.write(this, () -> rows.compute(key, (unused, stored) -> change.apply(stored)));
    }

    /**
     * Up to {@code limit} rows that {@code accepted} takes, among those with the same tenant and call as {@code after}
     * whose ids sort strictly after its id, in id order.
     */
    List<V> page(Key after, Predicate<V> accepted, int limit) {
        return runner.read(() -> {
            List<V> found = new ArrayList<>();
            for (Map.Entry<Key, V> row : rows.tailMap(after, false).entrySet()) {
                if (found.size() >= limit || !row.getKey().sameParent(after)) {
                    break;
                }
                if (accepted.test(row.getValue())) {
                    found.add(row.getValue());
                }
            }
            return found;
        });
    }

    /** Every row that {@code accepted} takes, in key order. */
    List<V> all(Predicate<V> accepted) {
        return runner.read(() -> rows.values().stream().filter(accepted).toList());
    }

    @Override
    public Runnable snapshot() {
        TreeMap<Key, V> copy = new TreeMap<>(rows);
        return () -> rows = copy;
    }
}
