package dev.switchboard.adapter.graphql.scalar;

import dev.switchboard.adapter.graphql.call.MediaConfigKind;
import dev.switchboard.adapter.graphql.call.MeetingInfoKind;
import dev.switchboard.adapter.graphql.callrecord.EndpointKind;
import dev.switchboard.adapter.graphql.callrecord.UserAgentKind;
import dev.switchboard.adapter.graphql.notification.DeliveryOutcome;
import dev.switchboard.adapter.graphql.support.ChangeType;
import dev.switchboard.adapter.graphql.support.IdentityKind;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.IdentitySetKind;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.RecordingStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalars, and its enums bound to Java enums: a GraphQL enum value is the Java member itself, so input
 * arrives as the member and output is written in the member's Graph spelling ({@link GraphEnum#graphName()}). No
 * controller converts enums by hand, and a value outside the enum is refused by GraphQL validation.
 */
public class SchemaWiring implements RuntimeWiringConfigurer {

    /** Every enum of the schema with the Java members that stand behind its values. */
    public static final Map<String, Map<String, Object>> ENUMS = enums();

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.scalar(DateTimeScalar.TYPE).scalar(LongScalar.TYPE).scalar(JsonScalar.TYPE);
        ENUMS.forEach((typeName, members) -> wiring.type(typeName, type -> type.enumValues(name -> {
            Object member = members.get(name);
            if (member == null) {
                throw new IllegalStateException("The schema's enum " + typeName + " has the value " + name
                        + ", which its Java enum lacks");
            }
            return member;
        })));
    }

    private static Map<String, Map<String, Object>> enums() {
        Map<String, Map<String, Object>> enums = new LinkedHashMap<>();
        enums.put("CallState", members(CallState.class));
        enums.put("CallDirection", members(CallDirection.class));
        enums.put("MediaState", members(MediaState.class));
        enums.put("MediaConfigKind", members(MediaConfigKind.class));
        enums.put("MeetingInfoKind", members(MeetingInfoKind.class));
        enums.put("Modality", members(Modality.class));
        enums.put("MediaDirection", members(MediaDirection.class));
        enums.put("RecordingStatus", members(RecordingStatus.class));
        enums.put("EndpointType", members(EndpointType.class));
        enums.put("IdentityKind", members(IdentityKind.class));
        enums.put("IdentitySetKind", Map.of(
                "identitySet", IdentitySetKind.PLAIN,
                "communicationsIdentitySet", IdentitySetKind.COMMUNICATIONS));
        enums.put("ChangeType", members(ChangeType.class));
        enums.put("OperationStatus", members(OperationStatus.class));
        enums.put("CallType", members(CallType.class));
        enums.put("CallRecordModality", members(CallRecordModality.class));
        enums.put("FailureStage", members(FailureStage.class));
        enums.put("ClientPlatform", members(ClientPlatform.class));
        enums.put("ProductFamily", members(ProductFamily.class));
        enums.put("UserFeedbackRating", members(UserFeedbackRating.class));
        enums.put("MediaStreamDirection", members(MediaStreamDirection.class));
        enums.put("ServiceRole", members(ServiceRole.class));
        enums.put("EndpointKind", members(EndpointKind.class));
        enums.put("UserAgentKind", members(UserAgentKind.class));
        enums.put("CallbackOutcome", members(DeliveryOutcome.class));
        return Map.copyOf(enums);
    }

    private static <E extends Enum<E> & GraphEnum> Map<String, Object> members(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(GraphEnum::graphName, Function.identity()));
    }
}
