package dev.switchboard.domain.testing;

import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.testing.TestData.minutesAfterT0;

/** Builds a call record's {@link Session}s and {@link Segment}s; by default five minutes of audio from {@link TestData#T0}. */
public final class SessionBuilder {

    private String id = "session-1";
    private Instant startDateTime = minutesAfterT0(0);
    private Instant endDateTime = minutesAfterT0(5);

    private SessionBuilder() {
    }

    public static SessionBuilder aSession() {
        return new SessionBuilder();
    }

    public static SessionBuilder aSegment() {
        return new SessionBuilder().withId("segment-1");
    }

    public SessionBuilder withId(String value) {
        id = value;
        return this;
    }

    public SessionBuilder between(Instant start, Instant end) {
        startDateTime = start;
        endDateTime = end;
        return this;
    }


    public Session build() {
        return new Session(id, new Endpoint.Plain(null), new Endpoint.Plain(null), startDateTime, endDateTime,
                List.of(CallRecordModality.AUDIO), false, null, List.of());
    }

    public Segment buildSegment() {
        return new Segment(id, new Endpoint.Plain(null), new Endpoint.Plain(null), startDateTime, endDateTime, null,
                List.of());
    }
}
