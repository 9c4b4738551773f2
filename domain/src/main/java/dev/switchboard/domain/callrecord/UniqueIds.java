package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.error.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sessions of a record, and segments of a session, are told apart (and paged) by their ids, so ids must not repeat. */
final class UniqueIds {

    private UniqueIds() {
    }

    static void check(Violations violations, String path, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                violations.add(path + "[" + i + "].id", "'" + ids.get(i) + "' is already the id of an earlier entry");
            }
        }
    }
}
