package dev.switchboard.application.testing.inmemory;

import java.util.Comparator;

/**
 * The key of a row: its tenant, the call it belongs to (empty for calls and records, which belong to no call) and its
 * own id. Keys sort by tenant, then call, then id, so one call's rows are neighbours in id order.
 */
record Key(String tenant, String call, String id) implements Comparable<Key> {

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::tenant).thenComparing(Key::call).thenComparing(Key::id);

    /** Sorts before every id: ids are never empty. */
    static final String BEFORE_ANY_ID = "";

    static Key of(String tenant, String id) {
        return new Key(tenant, "", id);
    }

    static Key of(String tenant, String call, String id) {
        return new Key(tenant, call, id);
    }

    boolean sameParent(Key other) {
        return tenant.equals(other.tenant) && call.equals(other.call);
    }

    @Override
    public int compareTo(Key other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return (call.isEmpty() ? id : id + " of call " + call) + " (tenant " + tenant + ")";
    }
}
