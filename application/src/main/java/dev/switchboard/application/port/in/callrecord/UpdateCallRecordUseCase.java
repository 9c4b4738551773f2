package dev.switchboard.application.port.in.callrecord;

import dev.switchboard.domain.callrecord.CallRecord;

/** Changes a call record ({@code PATCH /communications/callRecords/{id}}, seed; our admin path). */
public interface UpdateCallRecordUseCase {

    CallRecord update(UpdateCallRecordCommand command);
}
