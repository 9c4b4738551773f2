package dev.switchboard.adapter.persistence.support;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import org.mapstruct.TargetType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The scalar conversions every row mapper shares, picked by MapStruct by their types: keys as their text (and back
 * through their own constructors, which check them again), Graph enums by their CSDL name so that rows read like the
 * API, and instants as {@code timestamp with time zone} in UTC. The domain keeps instants to the microsecond, which
 * both databases store exactly, so what is written is what is read.
 */
public final class ColumnMappings {

    private ColumnMappings() {
    }

    public static String tenant(TenantId id) {
        return id == null ? null : id.value();
    }

    public static TenantId tenant(String value) {
        return value == null ? null : TenantId.of(value);
    }

    public static String call(CallId id) {
        return id == null ? null : id.value();
    }

    public static CallId call(String value) {
        return value == null ? null : CallId.of(value);
    }

    public static String participant(ParticipantId id) {
        return id == null ? null : id.value();
    }

    public static ParticipantId participant(String value) {
        return value == null ? null : ParticipantId.of(value);
    }

    public static String operation(OperationId id) {
        return id == null ? null : id.value();
    }

    public static OperationId operation(String value) {
        return value == null ? null : OperationId.of(value);
    }

    public static String callRecord(CallRecordId id) {
        return id == null ? null : id.value();
    }

    public static CallRecordId callRecord(String value) {
        return value == null ? null : CallRecordId.of(value);
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static String graphName(GraphEnum member) {
        return member == null ? null : member.graphName();
    }

    /** The member stored under {@code name}, which must be spelled exactly as it was written. */
    public static <E extends Enum<E> & GraphEnum> E graphEnum(String name, @TargetType Class<E> type) {
        if (name == null) {
            return null;
        }
        for (E member : type.getEnumConstants()) {
            if (member.graphName().equals(name)) {
                return member;
            }
        }
        throw new IllegalStateException("stored value '" + name + "' is not a member of " + type.getSimpleName());
    }
}
