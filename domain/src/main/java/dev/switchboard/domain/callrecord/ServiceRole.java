package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.serviceRole}: what a service endpoint did in the call. */
public enum ServiceRole implements GraphEnum {
    UNKNOWN("unknown"),
    CUSTOM_BOT("customBot"),
    SKYPE_FOR_BUSINESS_MICROSOFT_TEAMS_GATEWAY("skypeForBusinessMicrosoftTeamsGateway"),
    SKYPE_FOR_BUSINESS_AUDIO_VIDEO_MCU("skypeForBusinessAudioVideoMcu"),
    SKYPE_FOR_BUSINESS_APPLICATION_SHARING_MCU("skypeForBusinessApplicationSharingMcu"),
    SKYPE_FOR_BUSINESS_CALL_QUEUES("skypeForBusinessCallQueues"),
    SKYPE_FOR_BUSINESS_AUTO_ATTENDANT("skypeForBusinessAutoAttendant"),
    MEDIATION_SERVER("mediationServer"),
    MEDIATION_SERVER_CLOUD_CONNECTOR_EDITION("mediationServerCloudConnectorEdition"),
    EXCHANGE_UNIFIED_MESSAGING_SERVICE("exchangeUnifiedMessagingService"),
    MEDIA_CONTROLLER("mediaController"),
    CONFERENCING_ANNOUNCEMENT_SERVICE("conferencingAnnouncementService"),
    CONFERENCING_ATTENDANT("conferencingAttendant"),
    AUDIO_TELECONFERENCER_CONTROLLER("audioTeleconferencerController"),
    SKYPE_FOR_BUSINESS_UCAP_SERVER("skypeForBusinessUcapServer"),
    SKYPE_FOR_BUSINESS_PSTN_GATEWAY("skypeForBusinessPstnGateway"),
    VOICEMAIL("voicemail"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    ServiceRole(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
