package dev.switchboard.adapter.graphql.call;

import dev.switchboard.adapter.graphql.support.GraphValueReaders;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MeetingInfo;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.util.List;

import static dev.switchboard.domain.error.Violations.join;

/** Reads {@code createCall}'s input into the domain's {@link NewCall}, reporting every problem at once. */
final class CallInputs {

    private CallInputs() {
    }

    static NewCall newCall(CreateCallInput input) {
        Violations violations = new Violations();
        Violations own = new Violations();
        MediaConfig mediaConfig = mediaConfig(input.mediaConfig(), "mediaConfig", own);
        ParticipantInfo source = GraphValueReaders.participantInfo(input.source(), "source", own);
        List<InvitationParticipantInfo> targets = Inputs.each(input.targets(), "targets", own,
                GraphValueReaders::invitee);
        ChatInfo chatInfo = chatInfo(input.chatInfo(), "chatInfo", own);
        MeetingInfo meetingInfo = meetingInfo(input.meetingInfo(), "meetingInfo", own);
        NewCall call = Inputs.build(violations, own, "", () -> new NewCall(input.callbackUri(), input.subject(), source,
                targets, input.requestedModalities(), mediaConfig, chatInfo, meetingInfo, DynamicProperties.none()));
        violations.throwIfAny();
        return call;
    }

    /** Each kind takes only its own properties. */
    private static MediaConfig mediaConfig(CreateCallInput.MediaConfigInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        return switch (input.kind()) {
            case APP_HOSTED -> {
                own.require(input.preFetchMedia() == null, join(path, "preFetchMedia"),
                        "belongs to a serviceHostedMediaConfig");
                yield Inputs.build(violations, own, path, () -> new MediaConfig.AppHosted(input.blob()));
            }
            case SERVICE_HOSTED -> {
                own.require(input.blob() == null, join(path, "blob"), "belongs to an appHostedMediaConfig");
                List<MediaConfig.MediaInfo> prompts = Inputs.each(input.preFetchMedia(), join(path, "preFetchMedia"),
                        own, (media, at, v) -> Inputs.build(v, new Violations(), at,
                                () -> new MediaConfig.MediaInfo(media.uri(), media.resourceId())));
                yield Inputs.build(violations, own, path, () -> new MediaConfig.ServiceHosted(prompts));
            }
        };
    }

    private static ChatInfo chatInfo(CreateCallInput.ChatInfoInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        return Inputs.build(violations, new Violations(), path,
                () -> new ChatInfo(input.threadId(), input.messageId(), input.replyChainMessageId()));
    }

    /** Each kind needs its own properties and takes no other. */
    private static MeetingInfo meetingInfo(CreateCallInput.MeetingInfoInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        MeetingInfoKind kind = input.kind();
        String organizerPath = join(path, "organizer");
        String tokenPath = join(path, "token");
        String joinPath = join(path, "joinMeetingId");
        String passcodePath = join(path, "passcode");
        own.require((kind == MeetingInfoKind.ORGANIZER) == (input.organizer() != null), organizerPath,
                kind == MeetingInfoKind.ORGANIZER ? "is required" : "belongs to an organizerMeetingInfo");
        own.require((kind == MeetingInfoKind.TOKEN) == (input.token() != null), tokenPath,
                kind == MeetingInfoKind.TOKEN ? "is required" : "belongs to a tokenMeetingInfo");
        own.require((kind == MeetingInfoKind.JOIN_MEETING_ID) == (input.joinMeetingId() != null), joinPath,
                kind == MeetingInfoKind.JOIN_MEETING_ID ? "is required" : "belongs to a joinMeetingIdMeetingInfo");
        own.require(kind == MeetingInfoKind.JOIN_MEETING_ID || input.passcode() == null, passcodePath,
                "belongs to a joinMeetingIdMeetingInfo");
        IdentitySet organizer = GraphValueReaders.identitySet(input.organizer(), organizerPath, own);
        return Inputs.build(violations, own, path, () -> switch (kind) {
            case ORGANIZER -> new MeetingInfo.Organizer(organizer);
            case TOKEN -> new MeetingInfo.Token(input.token());
            case JOIN_MEETING_ID -> new MeetingInfo.JoinMeetingId(input.joinMeetingId(), input.passcode());
        });
    }
}
