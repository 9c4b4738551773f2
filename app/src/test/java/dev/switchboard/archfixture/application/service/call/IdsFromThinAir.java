package dev.switchboard.archfixture.application.service.call;

import java.util.UUID;
import java.util.function.Supplier;

/** Breaks "the core never makes random ids", both by a call and by a method reference. */
class IdsFromThinAir {

    private final Supplier<UUID> ids = UUID::randomUUID;

    String operationId() {
        return UUID.randomUUID().toString();
    }

    String callId() {
        return ids.get().toString();
    }
}
