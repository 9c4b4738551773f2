package dev.switchboard.app.reliability;

import dev.switchboard.app.rest.PostgresClientSupport;

import java.util.List;
import java.util.function.IntFunction;

/** {@link ConcurrentWritesContract} on the local PostgreSQL (skipped when it is out of reach, except on CI). */
class ConcurrentWritesOnPostgresTest extends PostgresClientSupport implements ConcurrentWritesContract {

    @Override
    public String aParticipant() {
        String callId = createGroupCall();
        return participant(callId, addParticipant(callId).text("/id"));
    }

    @Override
    public String aCallRecord() {
        return RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");
    }

    @Override
    public Response read(String uri) {
        return get(uri);
    }

    @Override
    public Response patch(String uri, String etag, String json) {
        return etag == null ? patch(uri, json) : patchIfMatch(uri, etag, json);
    }

    @Override
    public List<Response> atTheSameTime(int count, IntFunction<Response> request) {
        return atOnce(count, request);
    }
}
