package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.support.PersistenceMapperConfig;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.util.List;

/**
 * A call record to its rows and back: the record's row, one row per session and one per segment, each under the
 * position it has in its list. The way back goes through the constructors of record, session and segment.
 */
@Mapper(config = PersistenceMapperConfig.class, uses = CallRecordJson.class)
interface CallRecordRowMapper {

    CallRecordRowMapper INSTANCE = Mappers.getMapper(CallRecordRowMapper.class);

    CallRecordRow toRow(CallRecord record);

    SessionRow toRow(Session session, String tenantId, String callRecordId, int ordinal);

    SegmentRow toRow(Segment segment, String tenantId, String callRecordId, int sessionOrdinal, int ordinal);

    // MapStruct takes the record's one-argument withVersion for a fluent setter; the constructor sets everything
    @Mapping(target = "withVersion", ignore = true)
    CallRecord toCallRecord(CallRecordRow row, List<Session> sessions);

    Session toSession(SessionRow row, List<Segment> segments);

    Segment toSegment(SegmentRow row);
}
