package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.domain.call.Call;
import org.springframework.jdbc.core.RowMapper;

/**
 * A call read by a query of another table that joins {@code calls} in, to spare a round trip: which columns to select
 * and how to read them back, both the repository's own.
 */
public final class JoinedCall {

    private JoinedCall() {
    }

    /** The call's columns of {@code calls} aliased {@code alias}, each selected as {@code alias_column}. */
    public static String columns(String alias) {
        return SnakeCaseRowMapper.columnsOf(alias, JdbcCallRepository.COLUMNS);
    }

    /** Reads the call from what {@link #columns} selected under the same {@code alias}. */
    public static RowMapper<Call> rows(String alias) {
        RowMapper<CallRow> rows = SnakeCaseRowMapper.joined(CallRow.class, alias);
        return (row, number) -> CallRowMapper.INSTANCE.toCall(rows.mapRow(row, number));
    }
}
