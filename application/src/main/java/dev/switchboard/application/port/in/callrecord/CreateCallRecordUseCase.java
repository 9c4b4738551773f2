package dev.switchboard.application.port.in.callrecord;

import dev.switchboard.domain.callrecord.CallRecord;

/** Stores a call record a client supplies ({@code POST /communications/callRecords}, our seeding path). */
public interface CreateCallRecordUseCase {

    CallRecord create(CreateCallRecordCommand command);
}
