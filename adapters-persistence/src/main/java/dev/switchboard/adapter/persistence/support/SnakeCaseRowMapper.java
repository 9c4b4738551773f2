package dev.switchboard.adapter.persistence.support;

import org.springframework.jdbc.core.DataClassRowMapper;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads a row record whose components are the table's columns in camelCase ({@code tenantId} for {@code tenant_id}).
 *
 * <p>Spring's {@link DataClassRowMapper} first asks the result set for {@code tenantid} and only after that fails for
 * {@code tenant_id}: one thrown {@code SQLException} per multi-word column of every row, which the benchmark found
 * costing most of a read's time (and, on H2, a trace-file write each). Every column here is snake_case, so this
 * mapper asks for that name first and finds it at once.
 *
 * <p>A query that joins two tables reads columns they share ({@code tenant_id}, {@code id}, {@code version}) once
 * for each: it selects each table's columns with {@link #columnsOf} under the table's alias, and reads each record
 * with a mapper made for that alias.
 */
public final class SnakeCaseRowMapper<T> extends DataClassRowMapper<T> {

    private final String prefix;

    public SnakeCaseRowMapper(Class<T> rowType) {
        this(rowType, "");
    }

    /** Reads the record from the columns that {@link #columnsOf} selected from the table aliased {@code alias}. */
    public static <T> SnakeCaseRowMapper<T> joined(Class<T> rowType, String alias) {
        return new SnakeCaseRowMapper<>(rowType, alias + "_");
    }

    private SnakeCaseRowMapper(Class<T> rowType, String prefix) {
        // the prefix must be set before the mapped class is, whose set-up already asks for column names
        this.prefix = prefix;
        setMappedClass(rowType);
    }

    /**
     * {@code columns} ({@code "tenant_id, id, …"}) of the table aliased {@code alias} as a select list in which each
     * carries the alias: {@code c.tenant_id as c_tenant_id, c.id as c_id, …}.
     */
    public static String columnsOf(String alias, String columns) {
        return Arrays.stream(columns.split(","))
                .map(String::strip)
                .map(column -> alias + "." + column + " as " + alias + "_" + column)
                .collect(Collectors.joining(", "));
    }

    @Override
    protected String lowerCaseName(String name) {
        return prefix + underscoreName(name);
    }
}
