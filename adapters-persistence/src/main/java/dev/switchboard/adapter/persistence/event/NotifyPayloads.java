package dev.switchboard.adapter.persistence.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Event texts cut into {@code NOTIFY} payloads, and put together again. PostgreSQL refuses a payload of 8000 bytes or
 * more; most events fit in one, a call record with many sessions takes several. Each payload reads
 * {@code <event id>:<index>:<count>:<part of the text>}. The text is ASCII, so its characters are its bytes.
 */
final class NotifyPayloads {

    /** Characters of event text per payload: PostgreSQL's limit, less room for the header. */
    static final int PART_LENGTH = 7_900;
    /** More parts than any event needs (some 790 MB); a header claiming more is not ours. */
    private static final int MAX_PARTS = 100_000;

    private NotifyPayloads() {
    }

    static List<String> split(String eventId, String text) {
        if (eventId.isEmpty() || eventId.contains(":")) {
            throw new IllegalArgumentException("an event id is not empty and holds no ':'");
        }
        int count = Math.max(1, (text.length() + PART_LENGTH - 1) / PART_LENGTH);
        List<String> payloads = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            String part = text.substring(index * PART_LENGTH, Math.min(text.length(), (index + 1) * PART_LENGTH));
            payloads.add(eventId + ":" + index + ":" + count + ":" + part);
        }
        return payloads;
    }

    /**
     * Collects the parts of events until one is whole. Parts of several events may interleave, and arrive in any
     * order. Used by the listener's one thread only.
     */
    static final class Assembly {

        private final Map<String, String[]> pending = new HashMap<>();

        /**
         * Takes one payload.
         *
         * @return the event's whole text once its last missing part has come, else nothing
         * @throws IllegalArgumentException when the payload is not one that {@link #split} made
         */
        Optional<String> add(String payload) {
            String[] fields = payload.split(":", 4);
            if (fields.length != 4 || fields[0].isEmpty()) {
                throw new IllegalArgumentException("not an event payload");
            }
            int index = number(fields[1]);
            int count = number(fields[2]);
            if (count < 1 || count > MAX_PARTS || index < 0 || index >= count) {
                throw new IllegalArgumentException("part " + index + " of " + count + " makes no sense");
            }
            if (count == 1) {
                return Optional.of(fields[3]);
            }
            String[] parts = pending.computeIfAbsent(fields[0], id -> new String[count]);
            if (parts.length != count) {
                throw new IllegalArgumentException("event " + fields[0] + " changed its number of parts");
            }
            parts[index] = fields[3];
            for (String part : parts) {
                if (part == null) {
                    return Optional.empty();
                }
            }
            pending.remove(fields[0]);
            return Optional.of(String.join("", parts));
        }

        /** Forgets the parts collected so far: after a lost connection, the missing ones never come. */
        void clear() {
            pending.clear();
        }

        /** How many events wait for parts. */
        int waiting() {
            return pending.size();
        }

        private static int number(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an event payload", e);
            }
        }
    }
}
