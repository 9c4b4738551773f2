package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.support.PersistenceMapperConfig;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.ResultInfo;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Call to row and back; the way back goes through the constructors of {@link Call} and {@link NewCall}. */
@Mapper(config = PersistenceMapperConfig.class, uses = CallJson.class)
interface CallRowMapper {

    CallRowMapper INSTANCE = Mappers.getMapper(CallRowMapper.class);

    @Mapping(target = "callbackUri", source = "spec.callbackUri")
    @Mapping(target = "subject", source = "spec.subject")
    @Mapping(target = "source", source = "spec.source")
    @Mapping(target = "targets", source = "spec.targets")
    @Mapping(target = "requestedModalities", source = "spec.requestedModalities")
    @Mapping(target = "mediaConfig", source = "spec.mediaConfig")
    @Mapping(target = "chatInfo", source = "spec.chatInfo")
    @Mapping(target = "meetingInfo", source = "spec.meetingInfo")
    @Mapping(target = "dynamicProperties", source = "spec.dynamic")
    @Mapping(target = "resultCode", source = "resultInfo.code")
    @Mapping(target = "resultSubcode", source = "resultInfo.subcode")
    @Mapping(target = "resultMessage", source = "resultInfo.message")
    CallRow toRow(Call call);

    // MapStruct takes the aggregate's one-argument methods that return a Call for fluent setters; the constructor
    // sets everything
    @Mapping(target = "establish", ignore = true)
    @Mapping(target = "hangUp", ignore = true)
    @Mapping(target = "keepAlive", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "spec", source = "row")
    @Mapping(target = "resultInfo", expression = "java(resultInfo(row))")
    Call toCall(CallRow row);

    @Mapping(target = "dynamic", source = "dynamicProperties")
    NewCall toSpec(CallRow row);

    /** The three result columns are all null exactly when the call has no result. */
    default ResultInfo resultInfo(CallRow row) {
        return row.resultCode() == null ? null
                : new ResultInfo(row.resultCode(), row.resultSubcode(), row.resultMessage());
    }
}
