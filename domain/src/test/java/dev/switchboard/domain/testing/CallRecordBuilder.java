package dev.switchboard.domain.testing;

import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.identity.IdentitySet;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.testing.TestData.CALL_CHAIN_ID;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.aUser;
import static dev.switchboard.domain.testing.TestData.minutesAfterT0;

/**
 * Builds call records: {@link #aNewCallRecord()} for what a client sends, {@link #aCallRecord()} for what the
 * repository rebuilds. By default a five-minute peer-to-peer audio call between Alice and Bob, stored ten minutes
 * after {@link TestData#T0} at version 1.
 */
public final class CallRecordBuilder {

    private String id = CALL_CHAIN_ID;
    private Long version;
    private CallType type = CallType.PEER_TO_PEER;
    private List<CallRecordModality> modalities = List.of(CallRecordModality.AUDIO);
    private Instant startDateTime = minutesAfterT0(0);
    private Instant endDateTime = minutesAfterT0(5);
    private Instant lastModifiedDateTime = minutesAfterT0(10);
    private Instant storedDateTime = minutesAfterT0(10);
    private String joinWebUrl;
    private IdentitySet organizer = aUser("alice");
    private List<IdentitySet> participants = List.of(aUser("alice"), aUser("bob"));

    private CallRecordBuilder() {
    }

    public static CallRecordBuilder aNewCallRecord() {
        return new CallRecordBuilder();
    }

    public static CallRecordBuilder aCallRecord() {
        return new CallRecordBuilder().withVersion(1L);
    }

    public CallRecordBuilder withId(String value) {
        id = value;
        return this;
    }

    public CallRecordBuilder withVersion(Long value) {
        version = value;
        return this;
    }

    public CallRecordBuilder ofType(CallType value) {
        type = value;
        return this;
    }

    public CallRecordBuilder withModalities(List<CallRecordModality> value) {
        modalities = value;
        return this;
    }

    public CallRecordBuilder withModalities(CallRecordModality... values) {
        return withModalities(List.of(values));
    }

    public CallRecordBuilder between(Instant start, Instant end) {
        startDateTime = start;
        endDateTime = end;
        return this;
    }

    public CallRecordBuilder lastModifiedAt(Instant value) {
        lastModifiedDateTime = value;
        return this;
    }

    public CallRecordBuilder storedAt(Instant value) {
        storedDateTime = value;
        return this;
    }

    public CallRecordBuilder withJoinWebUrl(String value) {
        joinWebUrl = value;
        return this;
    }

    public CallRecordBuilder withOrganizer(IdentitySet value) {
        organizer = value;
        return this;
    }

    public CallRecordBuilder withParticipants(List<IdentitySet> value) {
        participants = value;
        return this;
    }


    public NewCallRecord buildNew() {
        return new NewCallRecord(version, type, modalities, startDateTime, endDateTime, joinWebUrl, organizer,
                participants, null, null, null);
    }

    public CallRecord build() {
        return new CallRecord(TENANT, CallRecordId.of(id), version == null ? 1 : version, type, modalities,
                startDateTime, endDateTime, lastModifiedDateTime, joinWebUrl, organizer, participants, null, null,
                null, storedDateTime);
    }
}
