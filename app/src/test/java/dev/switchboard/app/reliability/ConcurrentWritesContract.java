package dev.switchboard.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport.Response;

import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * Clients racing on one participant and one call record, over HTTP, on every database the service runs on. With
 * {@code If-Match} on the same ETag, exactly one of two writes wins and the other gets {@code 412}; without it, no
 * write is lost: the version rises once for every {@code 2xx}.
 */
interface ConcurrentWritesContract {

    int ROUNDS = 20;
    int WRITERS = 8;

    /** A participant of a new call; answers its URL. */
    String aParticipant();

    /** A new call record; answers its URL. */
    String aCallRecord();

    Response read(String uri);

    /** A PATCH, with {@code If-Match} when {@code etag} is not null. */
    Response patch(String uri, String etag, String json);

    /** Sends {@code count} requests at the same moment, from as many threads; answers them in order. */
    List<Response> atTheSameTime(int count, IntFunction<Response> request);

    @Test
    default void two_writers_with_the_same_etag_on_a_participant_one_wins_and_the_other_gets_412() {
        String participant = aParticipant();
        for (int round = 0; round < ROUNDS; round++) {
            String etag = read(participant).expect(200).text("/@odata.etag");
            String[] values = {"writer-a-" + round, "writer-b-" + round};

            List<Response> answers = atTheSameTime(2,
                    i -> patch(participant, etag, "{\"metadata\": \"" + values[i] + "\"}"));

            Response after = read(participant).expect(200);
            exactlyOneWins(answers, round);
            int winner = answers.get(0).status() == 200 ? 0 : 1;
            assertThat(after.text("/metadata")).as("round %d: the winner's value is stored", round)
                    .isEqualTo(values[winner]);
            assertThat(version(after)).as("round %d: one change, one version", round).isEqualTo(version(etag) + 1);
        }
    }

    @Test
    default void two_writers_with_the_same_etag_on_a_call_record_one_wins_and_the_other_gets_412() {
        String record = aCallRecord();
        for (int round = 0; round < ROUNDS; round++) {
            Response before = read(record).expect(200);
            String etag = before.text("/@odata.etag");
            String[] values = {"https://example.test/a/" + round, "https://example.test/b/" + round};

            List<Response> answers = atTheSameTime(2,
                    i -> patch(record, etag, "{\"joinWebUrl\": \"" + values[i] + "\"}"));

            Response after = read(record).expect(200);
            exactlyOneWins(answers, round);
            int winner = answers.get(0).status() == 200 ? 0 : 1;
            assertThat(after.text("/joinWebUrl")).as("round %d", round).isEqualTo(values[winner]);
            assertThat(after.number("/version")).as("round %d", round).isEqualTo(before.number("/version") + 1);
        }
    }

    @Test
    default void without_if_match_every_2xx_on_a_participant_is_one_version_and_none_is_lost() {
        String participant = aParticipant();
        for (int round = 0; round < ROUNDS / 4; round++) {
            long before = version(read(participant).expect(200).text("/@odata.etag"));
            int thisRound = round;

            List<Response> answers = atTheSameTime(WRITERS,
                    i -> patch(participant, null, "{\"metadata\": \"writer-" + i + "-" + thisRound + "\"}"));

            long after = version(read(participant).expect(200).text("/@odata.etag"));
            assertThat(after - before).as("round %d: versions added by %s", round, statuses(answers))
                    .isEqualTo(succeeded(answers));
            onlySuccessesOrConflicts(answers);
        }
    }

    @Test
    default void without_if_match_every_2xx_on_a_call_record_is_one_version_and_none_is_lost() {
        String record = aCallRecord();
        for (int round = 0; round < ROUNDS / 4; round++) {
            long before = read(record).expect(200).number("/version");
            int thisRound = round;

            List<Response> answers = atTheSameTime(WRITERS, i -> patch(record, null,
                    "{\"joinWebUrl\": \"https://example.test/" + i + "/" + thisRound + "\"}"));

            long after = read(record).expect(200).number("/version");
            assertThat(after - before).as("round %d: versions added by %s", round, statuses(answers))
                    .isEqualTo(succeeded(answers));
            onlySuccessesOrConflicts(answers);
        }
    }

    private static void exactlyOneWins(List<Response> answers, int round) {
        assertThat(statuses(answers)).as("round %d: %s", round, answers).containsExactlyInAnyOrder(200, 412);
        answers.stream().filter(answer -> answer.status() == 412)
                .forEach(loser -> loser.expectError(412, "preconditionFailed"));
    }

    /** A writer may only lose after the service retried its lost races; it says so with 409, never with a 5xx. */
    private static void onlySuccessesOrConflicts(List<Response> answers) {
        answers.stream().filter(answer -> answer.status() != 200)
                .forEach(answer -> answer.expectError(409, "conflict"));
    }

    private static long succeeded(List<Response> answers) {
        return answers.stream().filter(answer -> answer.status() / 100 == 2).count();
    }

    private static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::status).toList();
    }

    /** Participant ETags are their version, quoted: {@code "7"}. */
    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static long version(Response response) {
        return version(response.text("/@odata.etag"));
    }
}
