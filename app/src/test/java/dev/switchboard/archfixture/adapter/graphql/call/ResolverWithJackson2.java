package dev.switchboard.archfixture.adapter.graphql.call;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "no main code uses Jackson 2 databind": the IDE's auto-import picked the wrong ObjectMapper. */
class ResolverWithJackson2 {

    private final ObjectMapper json = new ObjectMapper();

    String render(InviteParticipantsInput input) throws Exception {
        return json.writeValueAsString(input);
    }
}
