package org.vistka.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, each value as text (so an INTEGER read back as a BIGINT is still the same
 * value), rows sorted: what a database holds, to compare before and after an upgrade. Flyway's own table is left
 * out, and counted apart in {@link #schemaHistory}.
 *
 * @param columns each table's columns, in table order
 * @param rows    each table's rows, sorted
 */
public record TableRows(Map<String, List<String>> columns, Map<String, List<String>> rows) {

    /** Everything in the database at {@code url}. */
    public static TableRows read(String url) {
        return read(url, null);
    }

    /** What the database at {@code url} holds in the tables and columns of {@code earlier}: what an upgrade must keep. */
    public static TableRows readAsIn(String url, TableRows earlier) {
        return read(url, earlier.columns);
    }

    /** The tables that hold no row. */
    public List<String> emptyTables() {
        return rows.entrySet().stream().filter(table -> table.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Flyway's record of the migrations applied, a line each. */
    public static List<String> schemaHistory(String url) {
        return read(url, Map.of("flyway_schema_history", List.of("installed_rank", "version", "description", "type",
                "script", "checksum", "installed_by", "success"))).rows.get("flyway_schema_history");
    }

    private static TableRows read(String url, Map<String, List<String>> wanted) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            Map<String, List<String>> columns = wanted != null ? wanted : columns(connection);
            Map<String, List<String>> rows = new TreeMap<>();
            for (var table : columns.entrySet()) {
                List<String> lines = new ArrayList<>();
                String select = "SELECT " + String.join(", ", table.getValue()) + " FROM " + table.getKey();
                try (ResultSet rs = statement.executeQuery(select)) {
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            values.add(String.valueOf(rs.getObject(i)));
                        }
                        lines.add(String.join(" | ", values));
                    }
                }
                rows.put(table.getKey(), lines.stream().sorted().toList());
            }
            return new TableRows(columns, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + url, e);
        }
    }

    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!table.equals("flyway_schema_history") && !table.startsWith("sqlite_")) {
                    columns.put(table, new ArrayList<>());
                }
            }
        }
        for (var table : columns.entrySet()) {
            try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table.getKey(), "%")) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
