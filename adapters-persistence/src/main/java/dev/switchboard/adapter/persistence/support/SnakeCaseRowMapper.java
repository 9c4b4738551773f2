package dev.switchboard.adapter.persistence.support;

import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * Reads a row record whose components are the table's columns in camelCase ({@code tenantId} for {@code tenant_id}).
 *
 * <p>Spring's {@link DataClassRowMapper} first asks the result set for {@code tenantid} and only after that fails for
 * {@code tenant_id}: one thrown {@code SQLException} per multi-word column of every row, which the benchmark found
 * costing most of a read's time (and, on H2, a trace-file write each). Every column here is snake_case, so this
 * mapper asks for that name first and finds it at once.
 */
public final class SnakeCaseRowMapper<T> extends DataClassRowMapper<T> {

    public SnakeCaseRowMapper(Class<T> rowType) {
        super(rowType);
    }

    @Override
    protected String lowerCaseName(String name) {
        return underscoreName(name);
    }
}
