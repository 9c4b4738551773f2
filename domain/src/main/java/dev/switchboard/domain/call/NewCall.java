package dev.switchboard.domain.call;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.net.URI;
import java.util.List;

/**
 * What a client asks for when it creates a call ({@code POST /communications/calls}). A call needs a
 * {@code callbackUri} and a {@code mediaConfig}, and either {@code targets} (someone to call) or
 * {@code chatInfo} with {@code meetingInfo} (a meeting to join).
 */
public record NewCall(
        String callbackUri,
        String subject,
        ParticipantInfo source,
        List<InvitationParticipantInfo> targets,
        List<Modality> requestedModalities,
        MediaConfig mediaConfig,
        ChatInfo chatInfo,
        MeetingInfo meetingInfo,
        DynamicProperties dynamic) {

    /** Our bound on targets of one call, so a request cannot grow without limit. */
    public static final int MAX_TARGETS = 1_000;

    public NewCall {
        targets = targets == null ? List.of() : List.copyOf(targets);
        requestedModalities = requestedModalities == null ? List.of() : List.copyOf(requestedModalities);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
        Violations violations = new Violations();
        violations.require(callbackUri != null, "callbackUri", "is required");
        if (callbackUri != null && !isAbsoluteHttpUrl(callbackUri)) {
            violations.add("callbackUri", "must be an absolute http or https URL");
        }
        violations.collect("subject", () -> Text.atMost(subject, Text.SHORT_MAX, ""));
        violations.require(mediaConfig != null, "mediaConfig", "is required");
        boolean joinsMeeting = chatInfo != null && meetingInfo != null;
        violations.require(!targets.isEmpty() || joinsMeeting, "targets",
                "is required unless chatInfo and meetingInfo name a meeting to join");
        violations.require(targets.size() <= MAX_TARGETS, "targets", "must hold at most " + MAX_TARGETS + " entries");
        violations.throwIfAny();
    }

    /** One target and no meeting: a two-party call, until a third party arrives. */
    public CallKind kind() {
        return targets.size() == 1 && chatInfo == null && meetingInfo == null ? CallKind.PEER_TO_PEER : CallKind.GROUP;
    }

    private static boolean isAbsoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
