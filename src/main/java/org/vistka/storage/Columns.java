package org.vistka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable columns the same way on SQLite and PostgreSQL (sqlite-jdbc's typed getObject refuses NULL). */
public final class Columns {
    private Columns() {
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
