package dev.switchboard.app.reliability;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Every row of every table of the application's schema (Flyway's history left out), each row as text, sorted: two
 * snapshots are equal exactly when no request wrote anything in between.
 */
record DatabaseSnapshot(Map<String, List<String>> rowsByTable) {

    static DatabaseSnapshot of(DataSource dataSource) {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    rows.put(table, rowsOf(connection, table));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database", e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the snapshot found no tables: it would compare nothing");
        }
        return new DatabaseSnapshot(rows);
    }

    int rowCount() {
        return rowsByTable.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> rowsOf(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = result.getObject(i + 1);
                    if (value instanceof Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    } else if (value instanceof byte[] bytes) {
                        value = Arrays.toString(bytes);
                    }
                    values[i] = value;
                }
                rows.add(Arrays.deepToString(values));
            }
        }
        rows.sort(null);
        return rows;
    }
}
