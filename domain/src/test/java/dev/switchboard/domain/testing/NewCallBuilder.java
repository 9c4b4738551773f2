package dev.switchboard.domain.testing;

import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MeetingInfo;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.util.List;

import static dev.switchboard.domain.testing.TestData.CALLBACK_URI;
import static dev.switchboard.domain.testing.TestData.anInvitee;
import static dev.switchboard.domain.testing.TestData.theBot;

/** Builds a {@link NewCall}; by default a valid peer-to-peer call from the bot to Alice, service-hosted audio. */
public final class NewCallBuilder {

    private String callbackUri = CALLBACK_URI;
    private String subject = "Weekly sync";
    private List<InvitationParticipantInfo> targets = List.of(anInvitee("alice"));
    private List<Modality> requestedModalities = List.of(Modality.AUDIO);
    private MediaConfig mediaConfig = new MediaConfig.ServiceHosted(List.of());
    private ChatInfo chatInfo;
    private MeetingInfo meetingInfo;

    private NewCallBuilder() {
    }

    public static NewCallBuilder aNewCall() {
        return new NewCallBuilder();
    }

    public NewCallBuilder withCallbackUri(String value) {
        callbackUri = value;
        return this;
    }

    public NewCallBuilder withoutCallbackUri() {
        return withCallbackUri(null);
    }

    public NewCallBuilder withSubject(String value) {
        subject = value;
        return this;
    }


    public NewCallBuilder withTargets(InvitationParticipantInfo... values) {
        targets = List.of(values);
        return this;
    }

    public NewCallBuilder withTargets(List<InvitationParticipantInfo> values) {
        targets = List.copyOf(values);
        return this;
    }

    public NewCallBuilder withoutTargets() {
        targets = List.of();
        return this;
    }

    /** Two targets: a group call from the start. */
    public NewCallBuilder toAGroup() {
        return withTargets(anInvitee("alice"), anInvitee("bob"));
    }

    public NewCallBuilder withRequestedModalities(Modality... values) {
        requestedModalities = List.of(values);
        return this;
    }

    public NewCallBuilder withMediaConfig(MediaConfig value) {
        mediaConfig = value;
        return this;
    }

    public NewCallBuilder withoutMediaConfig() {
        return withMediaConfig(null);
    }

    public NewCallBuilder withChatInfo(ChatInfo value) {
        chatInfo = value;
        return this;
    }

    public NewCallBuilder withMeetingInfo(MeetingInfo value) {
        meetingInfo = value;
        return this;
    }

    /** Names a Teams meeting to join: its chat thread and its join id. */
    public NewCallBuilder inAMeeting() {
        return withChatInfo(new ChatInfo("19:meeting_thread@thread.v2", "0", null))
                .withMeetingInfo(new MeetingInfo.JoinMeetingId("123 456 789", "secret"));
    }

    /** Joins a Teams meeting instead of calling anyone: chat and meeting info, no targets. */
    public NewCallBuilder joiningAMeeting() {
        return inAMeeting().withoutTargets();
    }

    public NewCall build() {
        return new NewCall(callbackUri, subject, ParticipantInfo.of(theBot()), targets, requestedModalities, mediaConfig, chatInfo,
                meetingInfo, null);
    }
}
