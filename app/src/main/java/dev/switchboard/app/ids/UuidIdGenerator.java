package dev.switchboard.app.ids;

import dev.switchboard.application.port.out.IdGenerator;

import java.util.UUID;

/** Ids as Graph hands them out: random UUIDs in their canonical text form. */
public final class UuidIdGenerator implements IdGenerator {

    @Override
    public String newId() {
        return UUID.randomUUID().toString();
    }
}
