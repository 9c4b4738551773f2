package dev.switchboard.adapter.persistence.support;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** A row's components as named parameters ({@code :tenantId}), plus whatever else a statement needs. */
public final class SqlParams implements SqlParameterSource {

    private final SqlParameterSource row;
    private final MapSqlParameterSource extra = new MapSqlParameterSource();

    private SqlParams(Object row) {
        this.row = new SimplePropertySqlParameterSource(row);
    }

    public static SqlParams of(Object row) {
        return new SqlParams(row);
    }

    public SqlParams with(String name, Object value) {
        extra.addValue(name, value);
        return this;
    }

    @Override
    public boolean hasValue(String name) {
        return extra.hasValue(name) || row.hasValue(name);
    }

    @Override
    public Object getValue(String name) {
        return extra.hasValue(name) ? extra.getValue(name) : row.getValue(name);
    }

    @Override
    public int getSqlType(String name) {
        return extra.hasValue(name) ? extra.getSqlType(name) : row.getSqlType(name);
    }
}
