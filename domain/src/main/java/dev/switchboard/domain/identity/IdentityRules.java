package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.Text;

/** Limits shared by every identity: ids and names are optional but bounded. */
final class IdentityRules {

    private IdentityRules() {
    }

    static void check(String id, String displayName) {
        Text.atMost(id, Text.SHORT_MAX, "id");
        Text.atMost(displayName, Text.SHORT_MAX, "displayName");
    }
}
