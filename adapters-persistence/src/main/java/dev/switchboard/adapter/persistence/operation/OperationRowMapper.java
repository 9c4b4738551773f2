package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.support.PersistenceMapperConfig;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.operation.CommsOperation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Operation to row and back; the way back goes through the constructors of the operation and its kind. */
@Mapper(config = PersistenceMapperConfig.class, imports = OperationKinds.class)
interface OperationRowMapper {

    OperationRowMapper INSTANCE = Mappers.getMapper(OperationRowMapper.class);

    @Mapping(target = "kind", expression = "java(OperationKinds.name(operation.kind()))")
    @Mapping(target = "invitees", expression = "java(OperationKinds.invitees(operation.kind()))")
    @Mapping(target = "participantId", expression = "java(OperationKinds.participantId(operation.kind()))")
    @Mapping(target = "resultCode", source = "resultInfo.code")
    @Mapping(target = "resultSubcode", source = "resultInfo.subcode")
    @Mapping(target = "resultMessage", source = "resultInfo.message")
    OperationRow toRow(CommsOperation operation);

    // MapStruct takes the aggregate's one-argument methods that return an operation for fluent setters; the
    // constructor sets everything
    @Mapping(target = "complete", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "kind", expression = "java(OperationKinds.of(row))")
    @Mapping(target = "resultInfo", expression = "java(resultInfo(row))")
    CommsOperation toOperation(OperationRow row);

    /** The three result columns are all null exactly when the operation has no result. */
    default ResultInfo resultInfo(OperationRow row) {
        return row.resultCode() == null ? null
                : new ResultInfo(row.resultCode(), row.resultSubcode(), row.resultMessage());
    }
}
