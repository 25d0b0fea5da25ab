package cricket.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Every stored row of every table, as text: a test takes it before and after a refused request. */
public final class StoredRows {
    private StoredRows() {}

    public static String snapshot() {
        StringBuilder all = new StringBuilder();
        try (Connection c = TestServer.pool().getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "tournament",
                    "team",
                    "player",
                    "squad_member",
                    "match",
                    "match_event",
                    "app_user",
                    "scorer_assignment")) {
                try (ResultSet rs = s.executeQuery("select t::text from " + table + " t order by 1")) {
                    all.append(table).append(':');
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the test database", e);
        }
        return all.toString();
    }
}
